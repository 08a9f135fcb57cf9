/** What the parts of the schedule form share: the draft, its errors and how to change it. */
import type { ReactElement } from 'react';
import type { ScheduleDraft } from './schedule-draft';

export interface DraftFieldsProps {
  readonly draft: ScheduleDraft;
  readonly fieldError: (path: string) => ReactElement | undefined;
  update: (patch: Partial<ScheduleDraft>) => void;
}
