/** SLA warning and breach cards for the escalation chain. */
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
import { verbsOf } from '../../../platform/cards/card-test-walk';
import { slaAlertCard } from './sla-alert-card';

let world: CardWorld;
beforeAll(async () => {
  world = await loadCardWorld();
});
afterAll(releaseCardDom);

// Tuesday 12:00 in Moscow: 180 of the 240 first-response minutes used since 09:00 (Monday was
// a day off).
const late = t0 + 26 * hour;

it('warns the responding head before the breach, and lets them act from the card', () => {
  const view = viewOf(world, requestIn(world, 'new'), world.person('responderHead'), 'en', late);
  const card = slaAlertCard({ ...view, alert: { clock: 'firstResponse', atPercent: 75 } });
  expect(cardProblems(card)).toEqual([]);
  const { text, complaints } = renderCard(card);
  expect(complaints).toEqual([]);
  expect(text).toMatch(/^SLA warning: 75% of the first response time is used Stock of the spring/);
  expect(card.body[0]).toMatchObject({ type: 'Container', style: 'warning' });
  expect(card.fallbackText).toBe(
    'SLA warning: 75% of the first response time is used: Stock of the spring catalogue',
  );
  expect(text).toContain('SLA: At risk · 75% of the time used');
  expect(verbsOf(card)).toEqual(['acknowledge', 'answer', 'decline']);
});

it('tells an executive of the breach in Russian, read-only', () => {
  const view = viewOf(
    world,
    requestIn(world, 'acknowledged'),
    world.person('executive'),
    'ru',
    late,
  );
  const card = slaAlertCard({ ...view, alert: { clock: 'resolution', atPercent: 100 } });
  expect(cardProblems(card)).toEqual([]);
  expect(renderCard(card).text).toMatch(/^SLA нарушен: решение — срок прошёл Stock of the spring/);
  expect(card.body[0]).toMatchObject({ type: 'Container', style: 'attention' });
  expect(card.actions.map((a) => a.type)).toEqual(['Action.OpenUrl']);
});
