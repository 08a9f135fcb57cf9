/** The tab's pages, as the registry lists them, as tabs under the app's name. */
import { CounterBadge, Tab, TabList } from '@fluentui/react-components';
import { usePage } from '../page-context';
import type { PageDeclaration } from '../page-declaration';
import { useT } from '../i18n/i18n-context';

export function PageNav({ className }: { className?: string }) {
  const t = useT();
  const { pages, page, go } = usePage();
  if (pages.length < 2) return null;
  return (
    <TabList
      className={className}
      size="small"
      selectedValue={page.id}
      onTabSelect={(_, data) => go(data.value as string)}
      aria-label={t('nav.label')}
    >
      {pages.map((p) => (
        <Tab key={p.id} value={p.id} data-testid={`nav-${p.id}`}>
          {t(p.navLabel)}
          {p.useBadgeCount && <NavBadge useCount={p.useBadgeCount} />}
        </Tab>
      ))}
    </TabList>
  );
}

/** Its own component, so that each page's count hook is called on every render of its tab. */
function NavBadge({ useCount }: { useCount: NonNullable<PageDeclaration['useBadgeCount']> }) {
  const count = useCount();
  return count > 0 ? <CounterBadge count={count} size="small" /> : null;
}
