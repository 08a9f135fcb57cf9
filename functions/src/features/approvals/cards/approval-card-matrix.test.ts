/**
 * Every approval card a person can get — each rule × each point of the trail × each viewer ×
 * both languages, plain and under the warning, breach and stale banners — is valid 1.5, renders
 * without complaints, offers exactly the decisions the domain allows that viewer, ends with the
 * one "Open in Tandem" link (Teams mobile cannot run `Action.Execute`) and carries no person id.
 */
import {
  type Approval,
  type ApprovalActionInput,
  type ApprovalMode,
  allowedDecisions,
} from '@tandem/shared';
import { approvalAlertCard } from './approval-alert-card';
import { approvalCard, approvalStaleNotice } from './approval-card';
import { approvalVerbs } from './approval-card-actions';
import {
  type ApprovalRole,
  approvalRoles,
  approvalViewOf,
  budgetApprovalIn,
  decided,
  personIn,
} from './approval-card-test-fixtures';
import { releaseCardDom } from '../../../platform/cards/card-test-dom';
import { type CardWorld, loadCardWorld } from '../../requests/testing/card-test-fixtures';
import { cardProblems, renderCard } from '../../../platform/cards/card-test-renderer';
import { actionsIn, executeActions, verbsOf } from '../../../platform/cards/card-test-walk';
import { cardLocales } from '../../../platform/cards/card-texts';
import type { AdaptiveCard } from '../../../platform/cards/card-types';

let world: CardWorld;
beforeAll(async () => {
  world = await loadCardWorld();
});
afterAll(releaseCardDom);

const approve: ApprovalActionInput = { action: 'approve', comment: 'Within the plan.' };
const reject: ApprovalActionInput = { action: 'reject', comment: 'Half of it, please.' };
type Steps = Parameters<typeof decided>[2];
const trails: Record<string, Steps> = {
  asked: [],
  'first approved': [['first', approve]],
  'first rejected': [['first', reject]],
  'both approved': [
    ['first', approve],
    ['second', approve],
  ],
  cancelled: [['requester', { action: 'cancel' }]],
};
const modes: ApprovalMode[] = ['sequential', 'all-of', 'any-of'];
// Any-of is settled by the first approval; a second one is not part of its trail.
const cases = modes.flatMap((mode) =>
  Object.keys(trails)
    .filter((trail) => !(mode === 'any-of' && trail === 'both approved'))
    .map((trail) => [mode, trail] as const),
);
const viewers: (ApprovalRole | null)[] = [...(Object.keys(approvalRoles) as ApprovalRole[]), null];

/** The card as it reaches a reader: plain, under an SLA banner, or answering a stale click. */
function variants(approval: Approval, role: ApprovalRole | null, locale: 'en' | 'ru') {
  const view = approvalViewOf(world, approval, role, locale);
  const plain = approvalCard(view);
  return {
    plain,
    warning: approvalAlertCard({ ...view, alert: { level: 'warning', atPercent: 75 } }),
    breach: approvalAlertCard({ ...view, alert: { level: 'breach', atPercent: 100 } }),
    stale: approvalStaleNotice(plain, locale),
  };
}

const decisionVerbs: Record<string, string> = {
  approve: approvalVerbs.approve,
  reject: approvalVerbs.reject,
  cancel: approvalVerbs.cancel,
};

describe.each(cases)('a %s approval, %s', (mode, trail) => {
  const approval = () => decided(world, budgetApprovalIn(world, mode), trails[trail] ?? []);

  it.each(cardLocales)('is valid and renders for every viewer (%s)', (locale) => {
    const a = approval();
    for (const role of viewers) {
      const { plain, ...banners } = variants(a, role, locale);
      // The banners lie over the same card: checked for one person with buttons and one without.
      const forms = role === 'first' || role === null ? { plain, ...banners } : { plain };
      for (const [form, card] of Object.entries(forms)) {
        const where = `${role ?? 'nobody'} / ${form}`;
        expect([where, cardProblems(card)]).toEqual([where, []]);
        const rendered = renderCard(card);
        expect([where, rendered.complaints]).toEqual([where, []]);
        expect(rendered.text).toContain(a.title);
        expect(rendered.text).not.toContain('{{');
      }
    }
  });

  it('offers exactly the allowed decisions, then the link into the tab on the approval', () => {
    const a = approval();
    for (const role of viewers) {
      const expected = role
        ? allowedDecisions(a, personIn(world, role)).map((d) => decisionVerbs[d])
        : [];
      for (const card of Object.values(variants(a, role, 'en'))) {
        expect(verbsOf(card).sort()).toEqual([...expected].sort());
        expectOneLinkLast(card, a.id);
      }
    }
  });

  it('sends back only the approval id and its version, and shows no person id', () => {
    const a = approval();
    for (const role of viewers) {
      const { plain, breach } = variants(a, role, 'en');
      const etag = approvalViewOf(world, a, role).etag;
      for (const action of [
        ...executeActions(plain),
        ...(plain.refresh ? [plain.refresh.action] : []),
      ]) {
        expect(action.data).toEqual({ approvalId: a.id, etag });
      }
      for (const card of [plain, breach]) {
        const json = JSON.stringify(card);
        for (const person of world.people) expect(json).not.toContain(person.id);
      }
    }
  });
});

function expectOneLinkLast(card: AdaptiveCard, approvalId: string) {
  const links = actionsIn(card).filter((a) => a.type === 'Action.OpenUrl');
  expect(links).toHaveLength(1);
  expect(card.actions.at(-1)).toBe(links[0]);
  const url = new URL(links[0]?.type === 'Action.OpenUrl' ? links[0].url : '');
  expect(url.origin + url.pathname).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/entity\//);
  const webUrl = new URL(url.searchParams.get('webUrl') ?? '');
  expect(webUrl.searchParams.get('approval')).toBe(approvalId);
}
