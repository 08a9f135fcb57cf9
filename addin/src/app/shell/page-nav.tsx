/** The tab's sections (requests, approvals, meetings, cards) as tabs under the app's name. */
import { Tab, TabList } from '@fluentui/react-components';
import { usePage } from '../page-context';
import type { PageId } from '../page-ids';
import { availablePages } from '../pages';
import { useT } from '../i18n/i18n-context';

export function PageNav({ className }: { className?: string }) {
  const t = useT();
  const { page, go } = usePage();
  const pages = availablePages();
  if (pages.length < 2) return null;
  return (
    <TabList
      className={className}
      size="small"
      selectedValue={page}
      onTabSelect={(_, data) => go(data.value as PageId)}
      aria-label={t('nav.label')}
    >
      {pages.map((p) => (
        <Tab key={p} value={p} data-testid={`nav-${p}`}>
          {t(`nav.${p}`)}
        </Tab>
      ))}
    </TabList>
  );
}
