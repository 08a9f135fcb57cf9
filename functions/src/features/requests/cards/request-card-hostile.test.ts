/**
 * Hostile text in every place a user can write it — title, description, comments, display
 * names, department names — reaches the reader as the literal text, never as a link, an image,
 * a mention or a date the card computes.
 */
import { type Person, applyAction } from '@tandem/shared';
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
import { requestCard } from './request-card';
import { slaAlertCard } from './sla-alert-card';
import { messageCard, withMessage } from '../../../platform/cards/message-card';

let world: CardWorld;
beforeAll(async () => {
  world = await loadCardWorld();
});
afterAll(releaseCardDom);

const link = '[Approve here](https://evil.example/login)';
const image = '![x](https://evil.example/pixel.png)';
const mention = '<at>Anna Smirnova</at>';
const html = '<img src=x onerror=alert(1)>';
const date = '{{DATE(2030-01-01T00:00:00Z, SHORT)}}';
const hostile = [link, image, mention, html, date, '**bold** _it_ `code` # head & !'];

function hostileCard(locale: 'en' | 'ru' = 'en') {
  const requester = world.person('requester');
  const created = requestIn(world, 'new', (r) => ({
    ...r,
    title: `${link} ${mention}`,
    description: hostile.join('\n\n'),
  }));
  const commented = applyAction(
    created,
    { action: 'comment', text: `${image} ${html} ${date}` },
    requester,
    t0 + hour,
    'Europe/Moscow',
    'ev-1',
  );
  const view = viewOf(world, commented, world.person('responder'), locale);
  const people = new Map(view.names.people).set(
    requester.id,
    `${mention} [Ivan](https://x.example)`,
  );
  const departments = new Map(view.names.departments).set('sales', `# ${image}`);
  return { ...view, names: { ...view.names, people, departments } };
}

function expectInert(card: unknown, ...literals: string[]) {
  expect(cardProblems(card)).toEqual([]);
  const { element, text, complaints } = renderCard(card);
  expect(complaints).toEqual([]);
  expect(element.querySelectorAll('a, img, at, h1, code, em')).toHaveLength(0);
  for (const literal of literals) expect(text).toContain(literal);
}

it('shows hostile titles, descriptions, comments and names as typed', () => {
  const card = requestCard(hostileCard());
  expectInert(card, `${link} ${mention}`, ...hostile, `${image} ${html} ${date}`);
  expectInert(card, `From ${mention} [Ivan](https://x.example), # ${image}, Murmansk`);
  // Our own emphasis still works: the user's "**bold**" is text, "SLA:" is bold.
  const strong = renderCard(card).element.querySelectorAll('strong');
  expect([...strong].map((s) => s.textContent)).not.toContain('bold');
  expect([...strong].map((s) => s.textContent)).toContain('SLA:');
});

it('keeps them inert in Russian, in alerts and under a message', () => {
  const view = hostileCard('ru');
  expectInert(slaAlertCard({ ...view, alert: { clock: 'resolution', atPercent: 100 } }), link);
  expectInert(withMessage(requestCard(view), `${mention} changed it`), `${mention} changed it`);
  expectInert(messageCard(`${link} ${date}`, 'en'), `${link} ${date}`);
});

it('carries no person id even when names are missing', () => {
  const view = hostileCard();
  const card = requestCard({ ...view, names: { ...view.names, people: new Map() } });
  const json = JSON.stringify(card);
  world.people.forEach((p: Person) => expect(json).not.toContain(p.id));
});
