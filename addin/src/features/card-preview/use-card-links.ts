/**
 * The renderer (a chunk of its own, fetched while the cards load) and what a card's link does:
 * a request or an approval opens in this tab, other web pages in a new window.
 */
import { useEffect, useState } from 'react';
import { usePage } from '../../app/page-context';
import type { CardRendererModule } from './adaptive-card-view';
import { cardLinkTarget } from './card-link';

export function useCardRenderer(): { module: CardRendererModule | null; error: unknown } {
  const [state, setState] = useState<{ module: CardRendererModule | null; error: unknown }>({
    module: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    import('./card-renderer').then(
      (module) => live && setState({ module, error: null }),
      (error: unknown) => live && setState({ module: null, error }),
    );
    return () => void (live = false);
  }, []);
  return state;
}

export function useOpenCardLink(): (url: string) => void {
  const { openRequest, go } = usePage();
  return (url) => {
    const target = cardLinkTarget(url);
    if (target.kind === 'request') openRequest(target.id);
    else if (target.kind === 'approval') {
      // The approvals page opens the approval named in the address.
      const next = new URL(location.href);
      next.searchParams.set('approval', target.id);
      history.replaceState(history.state, '', next);
      go('approvals');
    } else if (target.kind === 'external') {
      window.open(target.url, '_blank', 'noopener,noreferrer');
    }
  };
}
