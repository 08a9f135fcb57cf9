/**
 * The cards the bot would show the signed-in person now, and their buttons: an action goes to
 * the bot's own handler through `POST /api/cards/action`; the card it answers with replaces the
 * clicked one (as Teams replaces it in the chat), a message or an error shows under the card.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PreviewCard } from '@tandem/shared/card-preview';
import { describeError } from '../../app/status-views';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import { useCardsApi } from './api';

export interface CardNote {
  readonly intent: 'success' | 'info' | 'error';
  readonly text: string;
}

export interface PreviewItem extends PreviewCard {
  readonly busy: boolean;
  readonly note: CardNote | null;
}

export interface CardPreviewState {
  readonly status: 'loading' | 'ready' | 'error';
  readonly items: readonly PreviewItem[];
  readonly error: unknown;
}

export function useCardPreview() {
  const api = useCardsApi();
  const locale = useLocale();
  const t = useT();
  const [state, setState] = useState<CardPreviewState>({
    status: 'loading',
    items: [],
    error: null,
  });
  const [reloads, setReloads] = useState(0);
  // Another language (or a reload) shows as loading from its first render on, cards kept.
  const [shownFor, setShownFor] = useState({ api, locale, reloads });
  if (shownFor.api !== api || shownFor.locale !== locale || shownFor.reloads !== reloads) {
    setShownFor({ api, locale, reloads });
    setState((s) => ({ ...s, status: 'loading', error: null }));
  }
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    api.list(locale).then(
      ({ cards }) =>
        mine === generation.current &&
        setState({
          status: 'ready',
          items: cards.map((c) => ({ ...c, busy: false, note: null })),
          error: null,
        }),
      (error: unknown) =>
        mine === generation.current && setState({ status: 'error', items: [], error }),
    );
  }, [api, locale, reloads]);
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  const update = (id: string, change: Partial<PreviewItem>) =>
    setState((s) => ({
      ...s,
      items: s.items.map((item) => (item.id === id ? { ...item, ...change } : item)),
    }));

  const act = useCallback(
    async (id: string, verb: string, data: Record<string, unknown>) => {
      update(id, { busy: true, note: { intent: 'info', text: t('cards.sending') } });
      try {
        const answer = await api.act({ verb, data }, locale);
        if (answer.type === 'application/vnd.microsoft.card.adaptive') {
          update(id, {
            busy: false,
            card: answer.value,
            note: { intent: 'success', text: t('cards.updated') },
          });
        } else if (answer.type === 'application/vnd.microsoft.activity.message') {
          update(id, { busy: false, note: { intent: 'info', text: answer.value } });
        } else {
          const text = t('cards.actionFailed', { message: answer.value.message });
          update(id, { busy: false, note: { intent: 'error', text } });
        }
      } catch (err) {
        const text = t('cards.actionFailed', { message: describeError(err, t) });
        update(id, { busy: false, note: { intent: 'error', text } });
      }
    },
    [api, locale, t],
  );

  return { ...state, reload, act };
}
