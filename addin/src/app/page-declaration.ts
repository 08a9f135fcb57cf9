/**
 * What a feature tells the app about a page of its own, once, in its `page.tsx`; the registry
 * (`src/pages.tsx`) lists the declarations, and the app builds the navigation, the hash routes,
 * the deep-link handling and the page context from that list.
 */
import type { ComponentType } from 'react';
import type { MessageKey } from './i18n/messages';
import type { DeepLinkRule } from './host/deep-links';

export interface PageDeclaration {
  /** The page's address, `#/<id>`, and its tab's test id, `nav-<id>`; lower-case letters. */
  readonly id: string;
  /** The page's name in the navigation. */
  readonly navLabel: MessageKey;
  /** The whole screen, header included; a `React.lazy` component loads on the first visit. */
  readonly component: ComponentType;
  /** The page at `#/` and for an address that names no page; exactly one page is home. */
  readonly home?: true;
  /** How a link names one of the page's items, so that the page opens it at start. */
  readonly deepLink?: DeepLinkRule;
  /** A count to show beside the page's name in the navigation; none when 0. */
  readonly useBadgeCount?: () => number;
}

/** What the shell shows around the pages: the page list and the header's items beside it. */
export interface ShellDeclaration {
  readonly pages: readonly PageDeclaration[];
  /** Drawn in the header of every page that uses the app's `PageFrame`. */
  readonly headerActions?: ComponentType;
}
