/** What each person sees on an approval card, and what they can do from it. */
import { expect } from '@jest/globals';
import type { ApprovalActionInput } from '@tandem/shared';
import { approvalCard } from './approval-card';
import {
  type ApprovalRole,
  approvalViewOf,
  budgetApprovalIn,
  decided,
  hour,
  monday,
} from './approval-card-test-fixtures';
import { releaseCardDom } from '../../../platform/cards/card-test-dom';
import { type CardWorld, loadCardWorld } from '../../requests/testing/card-test-fixtures';
import { cardProblems, renderCard } from '../../../platform/cards/card-test-renderer';
import { inputsIn, verbsOf } from '../../../platform/cards/card-test-walk';
import type { AdaptiveCard, OpenUrlAction } from '../../../platform/cards/card-types';

let world: CardWorld;
beforeAll(async () => {
  world = await loadCardWorld();
});
afterAll(releaseCardDom);

const approve: ApprovalActionInput = { action: 'approve', comment: 'Within the plan.' };
const reject: ApprovalActionInput = { action: 'reject', comment: 'Half of it, please.' };

/** The card as `role` sees it, checked the way a Teams client reads it. */
function read(card: AdaptiveCard) {
  expect(cardProblems(card)).toEqual([]);
  const rendered = renderCard(card);
  expect(rendered.complaints).toEqual([]);
  return rendered.text;
}

describe('buttons per person', () => {
  const cardFor = (role: ApprovalRole | null, steps: Parameters<typeof decided>[2] = []) =>
    approvalCard(approvalViewOf(world, decided(world, budgetApprovalIn(world), steps), role));

  it('lets only the approver whose turn it is approve or reject, the requester cancel', () => {
    expect(verbsOf(cardFor('first'))).toEqual(['approval.approve', 'approval.reject']);
    expect(verbsOf(cardFor('second'))).toEqual([]);
    expect(verbsOf(cardFor('requester'))).toEqual(['approval.cancel']);
    expect(verbsOf(cardFor('first', [['first', approve]]))).toEqual([]);
    expect(verbsOf(cardFor('second', [['first', approve]]))).toEqual([
      'approval.approve',
      'approval.reject',
    ]);
  });

  it('gives everyone in an all-of approval their buttons at once', () => {
    const approval = budgetApprovalIn(world, 'all-of');
    for (const role of ['first', 'second'] as const) {
      expect(verbsOf(approvalCard(approvalViewOf(world, approval, role)))).toEqual([
        'approval.approve',
        'approval.reject',
      ]);
    }
  });

  it('shows everybody else, and a settled approval, read-only with the link into the tab', () => {
    for (const role of ['executive', 'other', null] as const) {
      expect(cardFor(role).actions.map((a) => a.title)).toEqual(['Open in Tandem']);
    }
    const settled = cardFor('requester', [['first', reject]]);
    expect(settled.actions.map((a) => a.title)).toEqual(['Open in Tandem']);
    expect(settled.refresh).toBeUndefined();
    const link = settled.actions[0] as OpenUrlAction;
    const webUrl = new URL(new URL(link.url).searchParams.get('webUrl') ?? '');
    expect(webUrl.searchParams.get('approval')).toBe('ap-7');
    expect(JSON.parse(new URL(link.url).searchParams.get('context') ?? '')).toEqual({
      subEntityId: 'approval:ap-7',
    });
  });

  it('asks for an optional comment to approve and a required one to reject', () => {
    expect(inputsIn(cardFor('first'))).toEqual([
      expect.not.objectContaining({ isRequired: true }),
      expect.objectContaining({
        id: 'rejectComment',
        isRequired: true,
        errorMessage: expect.any(String),
      }),
    ]);
    expect(inputsIn(cardFor('first'))[0]).toMatchObject({
      id: 'approveComment',
      label: 'Comment (optional)',
    });
  });

  it('refreshes per user while pending, with the version the card shows', () => {
    const view = approvalViewOf(world, budgetApprovalIn(world), null);
    const ids = Array.from({ length: 70 }, (_, i) => `29:${i % 65}`);
    const card = approvalCard({ ...view, refreshUserIds: ids });
    expect(card.refresh?.action).toMatchObject({
      verb: 'approval.refresh',
      data: { approvalId: 'ap-7', etag: view.etag },
    });
    expect(card.refresh?.userIds).toHaveLength(60);
    expect(approvalCard(view).refresh).not.toHaveProperty('userIds');
  });
});

describe('what the card says', () => {
  it('shows what is asked, the approvers, the deadlines and the trail', () => {
    const approval = decided(world, budgetApprovalIn(world), [['first', approve]]);
    const text = read(approvalCard(approvalViewOf(world, approval, 'second')));
    expect(text).toMatch(/^New Year gifts for key clients Campaign budget Asked by Dmitry Volkov/);
    expect(text).toMatch(/Amount (RUB|₽)\s?480,000\.00/);
    expect(text).toContain('Rule one after another Status Waiting for decisions');
    expect(text).toContain('Approvers 1. Anna Smirnova approved 2. Natalia Fedorova deciding now');
    expect(text).toContain('Answer needed by Fri 4 Dec, 18:00 GMT+3 · your time');
    // 60 of 480 business minutes: the hour between asking and the first decision, then one more.
    expect(text).toContain('SLA: On track · 25% of the time to decide used');
    expect(text).toContain('6 h 0 min of business time left');
    expect(text).toMatch(
      /Trail Asked · Dmitry Volkov · .+ Approved · Anna Smirnova · .+ Within the plan\. As of/,
    );
  });

  it('tells a rejection with its reason, and a passed deadline in red', () => {
    const rejected = decided(world, budgetApprovalIn(world), [['first', reject]]);
    expect(read(approvalCard(approvalViewOf(world, rejected, 'requester')))).toContain(
      'Status Rejected',
    );
    const late = approvalViewOf(
      world,
      budgetApprovalIn(world),
      'first',
      'en',
      monday + 6 * 24 * hour,
    );
    const card = approvalCard(late);
    const text = read(card);
    expect(text).toContain('Overdue: the answer was needed by Fri 4 Dec, 18:00 GMT+3');
    expect(text).toContain('SLA: Breached');
    expect(text).toContain('The time to decide passed');
    expect(JSON.stringify(card.body)).toContain('"color":"Attention"');
  });

  it('speaks Russian', () => {
    const view = approvalViewOf(world, budgetApprovalIn(world, 'any-of'), 'first', 'ru');
    const text = read(approvalCard(view));
    expect(text).toContain('Бюджет кампании Запросил(а) Dmitry Volkov');
    expect(text).toContain('Правило достаточно одного согласования Статус Ждёт решений');
    expect(text).toContain('Ответ нужен до пт, 4 дек., 18:00 GMT+3');
    expect(text).toContain('Согласовать…Отклонить…Открыть в Tandem');
  });
});
