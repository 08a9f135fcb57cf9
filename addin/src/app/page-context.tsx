/**
 * Which page shows, kept in the address hash (see page-address); and an item one page asks
 * another to open (a link to it, an item in the header), handed to that page once it shows.
 */
import {
  type ComponentType,
  type ReactNode,
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { useHost } from './host/host-context';
import { type DeepLinkRule, startLinks } from './host/deep-links';
import type { PageDeclaration, ShellDeclaration } from './page-declaration';
import { hashNamesAPage, hashOf, pageFromHash } from './page-address';

/** An item to open on a page; a new object each time one is asked for, even the same again. */
export interface OpenItem {
  readonly page: string;
  readonly id: string;
}

export interface PageValue {
  readonly pages: readonly PageDeclaration[];
  readonly page: PageDeclaration;
  readonly headerActions: ComponentType | null;
  go: (page: string) => void;
  /** Shows that page with this item open. */
  open: (page: string, id: string) => void;
  /** The item another page asked to open, until another page shows. */
  readonly pending: OpenItem | null;
  /** The item a deep link named for each page at start, by page id. */
  readonly startLinks: Readonly<Record<string, string>>;
}

const PageContext = createContext<PageValue | null>(null);

export function PageProvider({
  shell,
  children,
}: {
  shell: ShellDeclaration;
  children: ReactNode;
}) {
  const host = useHost();
  const { pages } = shell;
  const home = pages.find((p) => p.home) ?? pages[0];
  if (!home) throw new Error('The registry declares no page.');
  const homeId = home.id;
  const ids = useMemo(() => pages.map((p) => p.id), [pages]);
  const [links] = useState(() => {
    const rules = new Map<string, DeepLinkRule>();
    for (const p of pages) if (p.deepLink) rules.set(p.id, p.deepLink);
    return startLinks(rules, host.deepLink.search, host.deepLink.subEntityId);
  });
  // A deep link (an "Open in Tandem" button in a chat) opens its page when the address names none.
  const [pageId, setPageId] = useState<string>(() => {
    const linked = pages.find((p) => p !== home && links[p.id] !== undefined);
    return linked && !hashNamesAPage(location.hash)
      ? linked.id
      : pageFromHash(location.hash, ids, homeId);
  });
  const [pending, setPending] = useState<OpenItem | null>(null);
  useEffect(() => {
    const onHash = () => setPageId(pageFromHash(location.hash, ids, homeId));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [ids, homeId]);
  const go = useCallback(
    (next: string) => {
      if (location.hash !== hashOf(next, homeId)) location.hash = hashOf(next, homeId);
      setPending((p) => (p?.page === next ? p : null));
      setPageId(next);
    },
    [homeId],
  );
  const open = useCallback(
    (next: string, id: string) => {
      go(next);
      setPending({ page: next, id });
    },
    [go],
  );
  const page = pages.find((p) => p.id === pageId) ?? home;
  const headerActions = shell.headerActions ?? null;
  const value = useMemo(
    () => ({ pages, page, headerActions, go, open, pending, startLinks: links }),
    [pages, page, headerActions, go, open, pending, links],
  );
  return <PageContext.Provider value={value}>{children}</PageContext.Provider>;
}

export function usePage(): PageValue {
  const value = useContext(PageContext);
  if (!value) throw new Error('usePage needs a PageProvider above it.');
  return value;
}

/** For a page: what it was asked to open (`pending`, new on each ask) and its deep link at start. */
export function useItemToOpen(pageId: string): {
  readonly pending: OpenItem | null;
  readonly atStart: string | null;
} {
  const { pending, startLinks: links } = usePage();
  return { pending: pending?.page === pageId ? pending : null, atStart: links[pageId] ?? null };
}
