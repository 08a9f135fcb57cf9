/**
 * The due instants the request would get if sent now, recomputed (debounced) whenever the
 * department, type or priority change; answers to an outdated choice are dropped.
 */
import type { Priority } from '@tandem/shared/browser';
import { useEffect, useState } from 'react';
import type { SlaPreview } from '@tandem/shared/browser';
import { useSession } from '../../../app/session-context';

export type PreviewState =
  | { readonly kind: 'incomplete' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly preview: SlaPreview }
  | { readonly kind: 'failed'; readonly error: unknown };

export function useSlaPreview(
  toDepartmentId: string,
  typeId: string,
  priority: Priority,
): PreviewState {
  const { api } = useSession();
  const [state, setState] = useState<PreviewState>({ kind: 'incomplete' });
  useEffect(() => {
    if (!toDepartmentId || !typeId) {
      setState({ kind: 'incomplete' });
      return;
    }
    let live = true;
    setState({ kind: 'loading' });
    const timer = setTimeout(() => {
      api.previewSla({ toDepartmentId, typeId, priority }).then(
        (preview) => live && setState({ kind: 'ready', preview }),
        (error: unknown) => live && setState({ kind: 'failed', error }),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, toDepartmentId, typeId, priority]);
  return state;
}
