/**
 * What is laid over an approval card — the stale-click notice, the SLA alert banner — and text
 * people typed, which reaches the reader as typed: never a link, an image or a mention.
 */
import { approvalAlertCard } from './approval-alert-card';
import { approvalCard, approvalStaleNotice } from './approval-card';
import { approvalViewOf, budgetApprovalIn, decided } from './approval-card-test-fixtures';
import { releaseCardDom } from '../../../platform/cards/card-test-dom';
import { type CardWorld, loadCardWorld } from '../../requests/testing/card-test-fixtures';
import { cardProblems, renderCard } from '../../../platform/cards/card-test-renderer';
import { verbsOf } from '../../../platform/cards/card-test-walk';
import type { AdaptiveCard } from '../../../platform/cards/card-types';

let world: CardWorld;
beforeAll(async () => {
  world = await loadCardWorld();
});
afterAll(releaseCardDom);

function read(card: AdaptiveCard) {
  expect(cardProblems(card)).toEqual([]);
  const rendered = renderCard(card);
  expect(rendered.complaints).toEqual([]);
  return rendered;
}

it('puts a notice over a stale card and a banner over an alert', () => {
  const view = approvalViewOf(world, budgetApprovalIn(world), 'first');
  expect(read(approvalStaleNotice(approvalCard(view), 'en')).text).toMatch(
    /^This approval changed before your click\. Here is its current state\. New Year gifts/,
  );
  const warning = approvalAlertCard({ ...view, alert: { level: 'warning', atPercent: 75 } });
  expect(read(warning).text).toMatch(
    /^Approval SLA warning: 75% of the time to decide is used New/,
  );
  expect(verbsOf(warning)).toEqual(['approval.approve', 'approval.reject']);
  const breach = approvalAlertCard({ ...view, alert: { level: 'breach', atPercent: 100 } });
  expect(read(breach).text).toMatch(/^Approval SLA breached: the time to decide has passed/);
  expect(breach.body[0]).toMatchObject({ type: 'Container', style: 'attention' });
  expect(breach.fallbackText).toBe(
    'Approval SLA breached: the time to decide has passed: Campaign budget: New Year gifts for key clients',
  );
});

it('shows hostile titles, descriptions, comments and names as typed', () => {
  const link = '[Approve here](https://evil.example/login)';
  const mention = '<at>Anna Smirnova</at>';
  const image = '![x](https://evil.example/pixel.png)';
  const asked = budgetApprovalIn(world, 'sequential', (input) => ({
    ...input,
    title: `${link} ${mention}`,
    description: `${image}\n\n# head **bold**`,
  }));
  const approval = decided(world, asked, [['first', { action: 'approve', comment: image }]]);
  const view = approvalViewOf(world, approval, 'second');
  const people = new Map(view.names.people).set(approval.requesterId, `${mention} [x](y)`);
  const card = approvalCard({ ...view, names: { ...view.names, people } });
  const { element, text } = read(card);
  expect(element.querySelectorAll('a, img, at, h1, code, em')).toHaveLength(0);
  for (const literal of [`${link} ${mention}`, image, '# head **bold**', `${mention} [x](y)`]) {
    expect(text).toContain(literal);
  }
  // Ids never stand in for names.
  const json = JSON.stringify(card);
  for (const person of world.people) expect(json).not.toContain(person.id);
});
