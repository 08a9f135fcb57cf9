/**
 * The due instants the request would get if sent now, recomputed (debounced) whenever the
 * department, type or priority change; answers to an outdated choice are dropped.
 */
import type { Priority } from '@tandem/shared/browser';
import { useEffect, useState } from 'react';
import type { SlaPreview } from '@tandem/shared/browser';
import { type RequestsApi, useRequestsApi } from '../api';

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
  const api = useRequestsApi();
  const complete = toDepartmentId !== '' && typeId !== '';
  // The answer is kept with the choice it is for: any other choice reads as still loading.
  const [answer, setAnswer] = useState<{ for: PreviewFor; state: PreviewState } | null>(null);
  useEffect(() => {
    if (!complete) return;
    const asked = { api, toDepartmentId, typeId, priority };
    let live = true;
    const timer = setTimeout(() => {
      api.previewSla({ toDepartmentId, typeId, priority }).then(
        (preview) => live && setAnswer({ for: asked, state: { kind: 'ready', preview } }),
        (error: unknown) => live && setAnswer({ for: asked, state: { kind: 'failed', error } }),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [complete, api, toDepartmentId, typeId, priority]);
  if (!complete) return { kind: 'incomplete' };
  const current =
    answer?.for.api === api &&
    answer.for.toDepartmentId === toDepartmentId &&
    answer.for.typeId === typeId &&
    answer.for.priority === priority;
  return current ? answer.state : { kind: 'loading' };
}

interface PreviewFor {
  readonly api: RequestsApi;
  readonly toDepartmentId: string;
  readonly typeId: string;
  readonly priority: Priority;
}
