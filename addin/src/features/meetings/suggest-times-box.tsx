/**
 * "Suggest times": the week from the start date in which every required attendee is free inside
 * the working hours of every department; picking a slot fills weekday, time and start date.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { MeetingsApi } from './api';
import type { TimeSlot } from '@tandem/shared/meetings';
import { useSession } from '../../app/session-context';
import { describeError } from '../../app/status-views';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import { useFormStyles } from './meeting-forms.styles';
import { formatWhen } from './meeting-format';
import { searchWindow } from './meeting-times';
import type { ScheduleDraft } from './schedule-draft';

const SEARCH_DAYS = 7;
const SHOWN_SLOTS = 20;

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly slots: readonly TimeSlot[] }
  | { readonly kind: 'error'; readonly error: unknown };

export function SuggestTimesBox(props: {
  api: MeetingsApi;
  draft: ScheduleDraft;
  onPick: (slot: TimeSlot) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const { me } = useSession();
  const styles = useFormStyles();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [picked, setPicked] = useState<string>('');
  const { draft } = props;
  const duration = Number(draft.durationMinutes);
  const ready = draft.departmentIds.length >= 2 && draft.startDate !== '' && duration > 0;

  const suggest = async () => {
    setState({ kind: 'loading' });
    setPicked('');
    try {
      const { slots } = await props.api.suggestTimes({
        departmentIds: [...draft.departmentIds],
        requiredAttendeeIds: [...draft.requiredAttendeeIds],
        durationMinutes: duration,
        timeZone: draft.timeZone,
        ...searchWindow(draft.startDate, draft.timeZone, SEARCH_DAYS),
      });
      setState({ kind: 'ready', slots: slots.slice(0, SHOWN_SLOTS) });
    } catch (error) {
      setState({ kind: 'error', error });
    }
  };

  const label = (slot: TimeSlot) => {
    const there = formatWhen(slot.start, locale, draft.timeZone);
    return me.timeZone === draft.timeZone
      ? there
      : `${there} · ${t('meetings.nextHere', { when: formatWhen(slot.start, locale, me.timeZone) })}`;
  };

  return (
    <div className={styles.content}>
      <div className={styles.buttons}>
        <Button
          type="button"
          data-testid="schedule-suggest-times"
          disabled={!ready || state.kind === 'loading'}
          onClick={() => void suggest()}
        >
          {t('meetings.suggestTimes')}
        </Button>
        {!ready && <p className={styles.hint}>{t('meetings.suggestTimesHint')}</p>}
      </div>
      {state.kind === 'loading' && <Spinner size="tiny" label={t('meetings.suggesting')} />}
      {state.kind === 'error' && (
        <MessageBar intent="error" data-testid="schedule-slots-error">
          <MessageBarBody>{describeError(state.error, t)}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'ready' && state.slots.length === 0 && (
        <p className={styles.hint} data-testid="schedule-no-slots">
          {t('meetings.noSlots')}
        </p>
      )}
      {state.kind === 'ready' && state.slots.length > 0 && (
        <RadioGroup
          className={styles.slots}
          data-testid="schedule-slots"
          aria-label={t('meetings.slots')}
          value={picked}
          onChange={(_, data) => {
            const slot = state.slots.find((s) => s.start === data.value);
            if (!slot) return;
            setPicked(slot.start);
            props.onPick(slot);
          }}
        >
          {state.slots.map((slot) => (
            <Radio
              key={slot.start}
              value={slot.start}
              label={label(slot)}
              data-testid="schedule-slot"
              data-start={slot.start}
            />
          ))}
        </RadioGroup>
      )}
    </div>
  );
}
