/** What each person sees on a request card, in the words and zones they would read. */
import { expect } from '@jest/globals';
import { type Request, applyAction } from '@tandem/shared';
import { releaseCardDom } from '../../../platform/cards/card-test-dom';
import {
  type CardWorld,
  hour,
  loadCardWorld,
  requestIn,
  t0,
  viewOf,
} from '../testing/card-test-fixtures';
import { cardProblems, renderCard } from '../../../platform/cards/card-test-renderer';
import { inputsIn, verbsOf } from '../../../platform/cards/card-test-walk';
import type { ShowCardAction } from '../../../platform/cards/card-types';
import { requestCard } from './request-card';
import { peopleWhoMayAct } from './request-card-actions';
import { maxRefreshUserIds } from '../../../platform/cards/card-elements';

let world: CardWorld;
beforeAll(async () => {
  world = await loadCardWorld();
});
afterAll(releaseCardDom);

const cardFor = (request: Request, role: Parameters<CardWorld['person']>[0] | null) =>
  requestCard(viewOf(world, request, role ? world.person(role) : null));

describe('buttons per person', () => {
  it('gives the responding department Acknowledge, Answer and Decline on a new request', () => {
    const request = requestIn(world, 'new');
    expect(verbsOf(cardFor(request, 'responder'))).toEqual(['acknowledge', 'answer', 'decline']);
    expect(verbsOf(cardFor(request, 'responderHead'))).toEqual([
      'acknowledge',
      'answer',
      'decline',
    ]);
  });

  it('gives the requester and their head Cancel, and Close once resolved', () => {
    expect(verbsOf(cardFor(requestIn(world, 'new'), 'requester'))).toEqual(['cancel']);
    expect(verbsOf(cardFor(requestIn(world, 'new'), 'requesterHead'))).toEqual(['cancel']);
    expect(verbsOf(cardFor(requestIn(world, 'resolved'), 'requester'))).toEqual(['close']);
  });

  it('shows everybody else, and the card before refresh, read-only with the link', () => {
    for (const role of ['executive', 'other', null] as const) {
      const card = cardFor(requestIn(world, 'new'), role);
      expect(card.actions.map((a) => a.title)).toEqual(['Open in Tandem']);
    }
  });

  it('asks for the answer and the reason in their own required inputs', () => {
    const card = cardFor(requestIn(world, 'acknowledged'), 'responder');
    expect(inputsIn(card)).toEqual([
      expect.objectContaining({ id: 'text', label: 'Your answer', isRequired: true }),
      expect.objectContaining({ id: 'reason', isRequired: true, errorMessage: expect.any(String) }),
    ]);
    const showCards = card.actions.filter((a): a is ShowCardAction => a.type === 'Action.ShowCard');
    expect(showCards.map((a) => a.card.actions.map((b) => b.title))).toEqual([
      ['Send answer'],
      ['Decline request'],
    ]);
  });
});

describe('what the card says', () => {
  it('shows who asks whom, the status and the SLA in the department’s zone and the reader’s', () => {
    const { text } = renderCard(cardFor(requestIn(world, 'new'), 'responder'));
    expect(text).toContain('Stock check · High priority');
    expect(text).toContain('From Ivan Kuznetsov, Sales, Murmansk To Marketing Status New');
    // Monday 9 March 2026 is a day off in Russia (8 March moved), so the clock starts on Tuesday.
    expect(text).toContain('SLA: On track · 0% of the time used');
    expect(text).toContain(
      'First response due Tue 10 Mar, 13:00 GMT+3 · your time Tue, Mar 10, 2026',
    );
    expect(text).toContain('Resolution due Mon 16 Mar, 18:00 GMT+3');
  });

  it('tells a breach in red words', () => {
    const request = requestIn(world, 'new');
    const card = requestCard(viewOf(world, request, null, 'en', t0 + 10 * 24 * hour));
    // Ten days on, far over 100 %: the number is grouped by Intl.NumberFormat ("1,425%").
    expect(renderCard(card).text).toMatch(/SLA: Breached · \d{1,3}(,\d{3})*% of the time used/);
    expect(renderCard(card).text).toContain('First response overdue since Tue 10 Mar, 13:00 GMT+3');
    expect(JSON.stringify(card.body)).toContain('"color":"Attention"');
  });

  it('lists the latest three events, newest first, with their comments', () => {
    const { text } = renderCard(cardFor(requestIn(world, 'in_progress'), 'requester'));
    const latest = text.slice(text.indexOf('Latest activity'));
    expect(latest).toMatch(
      /^Latest activity Resumed · Ivan Kuznetsov · .+ Moscow, please\. Question to the requester · Dmitry Volkov · .+ Which warehouse, Murmansk or Moscow\? Acknowledged · Dmitry Volkov/,
    );
    expect(latest).not.toContain('Created');
  });

  it('shows a reassignment and the new responding department', () => {
    const reassigned = applyAction(
      requestIn(world, 'new'),
      { action: 'reassign', toDepartmentId: 'logistics', comment: 'Logistics keeps the stock.' },
      world.person('responderHead'),
      t0 + hour,
      'Europe/Moscow',
      'ev-1',
    );
    const { text } = renderCard(cardFor(reassigned, 'other'));
    expect(text).toContain('To Logistics Status New');
    expect(text).toContain('Reassigned → Logistics · Anna Smirnova ·');
    expect(verbsOf(cardFor(reassigned, 'other'))).toEqual(['acknowledge', 'answer', 'decline']);
  });

  it('names a person the directory no longer knows "Someone", not by id', () => {
    const request = requestIn(world, 'acknowledged');
    const view = viewOf(world, request, null);
    const people = new Map(view.names.people);
    people.delete(world.person('responder').id);
    const { text } = renderCard(requestCard({ ...view, names: { ...view.names, people } }));
    expect(text).toContain('Acknowledged · Someone ·');
  });

  it('speaks Russian', () => {
    const request = requestIn(world, 'new');
    const { text } = renderCard(
      requestCard(viewOf(world, request, world.person('responder'), 'ru')),
    );
    expect(text).toContain('Проверка наличия · приоритет: высокий');
    expect(text).toContain('От Ivan Kuznetsov, Продажи, Мурманск Кому Маркетинг Статус Новый');
    expect(text).toContain('Первый ответ: срок вт, 10 мар., 13:00 GMT+3 · по вашему времени');
    expect(text).toContain('Принять в работуОтветить…Отклонить…Открыть в Tandem');
  });
});

describe('refresh.userIds', () => {
  const request = () => requestIn(world, 'new');

  it('is for the people who may act, the requester first', () => {
    const names = (status: 'new' | 'resolved' | 'closed') =>
      peopleWhoMayAct(requestIn(world, status), world.people).map((p) => p.displayName);
    expect(names('new')).toEqual([
      'Ivan Kuznetsov',
      'Anna Smirnova',
      'Dmitry Volkov',
      'Ksenia Belova',
      'Olga Petrova',
    ]);
    expect(names('resolved')).toEqual(['Ivan Kuznetsov', 'Olga Petrova']);
    expect(names('closed')).toEqual([]);
  });

  it('lists the given Teams users once each, at most sixty', () => {
    const mris = Array.from({ length: 70 }, (_, i) => `29:user-${i % 65}`);
    const card = requestCard({ ...viewOf(world, request(), null), refreshUserIds: mris });
    expect(card.refresh?.userIds).toHaveLength(maxRefreshUserIds);
    expect(new Set(card.refresh?.userIds).size).toBe(maxRefreshUserIds);
    expect(card.refresh?.userIds?.[0]).toBe('29:user-0');
    expect(cardProblems(card)).toEqual([]);
  });

  it('keeps an empty list, which means "refresh from the menu only"', () => {
    const card = requestCard({ ...viewOf(world, request(), null), refreshUserIds: [] });
    expect(card.refresh?.userIds).toEqual([]);
    expect(cardProblems(card)).toEqual([]);
  });
});

it('matches the reviewed responder card', () => {
  expect(cardFor(requestIn(world, 'waiting_on_requester'), 'responder')).toMatchSnapshot();
});
