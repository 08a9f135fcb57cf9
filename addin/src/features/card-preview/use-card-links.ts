/**
 * The renderer (a chunk of its own, fetched while the cards load) and what a card's link does:
 * a request or an approval opens in this tab, other web pages in a new window.
 */
import { useEffect, useState } from 'react';
import { useOpenApproval } from '../approvals';
import { useOpenRequest } from '../requests';
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
  const openRequest = useOpenRequest();
  const openApproval = useOpenApproval();
  return (url) => {
    const target = cardLinkTarget(url);
    if (target.kind === 'request') openRequest(target.id);
    else if (target.kind === 'approval') {
      // Named in the address too, as a card's link would, so that a reload opens it again.
      const next = new URL(location.href);
      next.searchParams.set('approval', target.id);
      history.replaceState(history.state, '', next);
      openApproval(target.id);
    } else if (target.kind === 'external') {
      window.open(target.url, '_blank', 'noopener,noreferrer');
    }
  };
}
