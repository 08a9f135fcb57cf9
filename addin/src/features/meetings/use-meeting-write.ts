/**
 * One change at a time to the meeting on screen, with what the user must be told: a conflict
 * (someone changed it first: the view reloads, open forms keep their text) or the problem's
 * detail. The outcome goes back to the form that asked, for its field errors.
 */
import { useCallback, useState } from 'react';
import type { MeetingView } from '@tandem/shared/meetings';
import { describeError } from '../../app/status-views';
import { useT } from '../../app/i18n/i18n-context';
import type { MeetingsState, Write, WriteOutcome } from './use-meetings';

export interface MeetingWrite {
  readonly busy: boolean;
  readonly conflict: boolean;
  readonly error: string | null;
  run: (change: Write) => Promise<WriteOutcome>;
  dismissError: () => void;
}

export function useMeetingWrite(meeting: MeetingView, state: MeetingsState): MeetingWrite {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { write } = state;

  const run = useCallback(
    async (change: Write): Promise<WriteOutcome> => {
      setBusy(true);
      setError(null);
      const outcome = await write(meeting, change);
      setBusy(false);
      setConflict(outcome.kind === 'conflict');
      if (outcome.kind === 'failed') setError(describeError(outcome.error, t));
      return outcome;
    },
    [meeting, write, t],
  );

  return { busy, conflict, error, run, dismissError: () => setError(null) };
}
