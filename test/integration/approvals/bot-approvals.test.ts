/**
 * Approvals in chat, through /api/messages on the real local stack: the bot posts the approval
 * card to whoever must decide now and to the requester, people decide from those cards as
 * themselves (the card's data never says who acts), and every posted copy is updated in place at
 * the Bot Connector after each decision.
 */
import { releaseCardDom } from '../../../functions/src/platform/cards/card-test-dom';
import { verbsOf } from '../../../functions/src/platform/cards/card-test-walk';
import { DEMO } from '../../../functions/src/platform/local/demo-directory';
import { budgetApproval } from '../../fixtures/approvals-stack';
import { personalChatOf } from '../../fixtures/bot-activities';
import { type ReadCard, answeredCard, cardOf } from '../../fixtures/bot-cards';
import { type ApprovalBot, makeApprovalBot } from '../../fixtures/bot-approvals';
import type { ConnectorCall } from '../../fixtures/bot-connector-stand-in';
import { type BotStack, startBotStack } from '../../fixtures/bot-stack';

const requester = DEMO.marketer;
const first = DEMO.marketingHead;
const second = DEMO.financeHead;
const chatOf = (personId: string) => personalChatOf(personId).id;

let s: BotStack;
let bot: ApprovalBot;
beforeAll(async () => {
  s = await startBotStack('2026-12-01T07:00:00Z'); // Tuesday 10:00 in Moscow
  bot = makeApprovalBot(s);
  await bot.openChats(requester, first, second, DEMO.logistician);
});
afterAll(async () => {
  await s.close();
  releaseCardDom();
});

const twoLevels = () => budgetApproval([first, second]);
const about = (id: string, calls: readonly ConnectorCall[]) =>
  calls.filter((c) => JSON.stringify(c.body).includes(id));
const summary = (calls: readonly ConnectorCall[]) =>
  calls.map((c) => `${c.method} ${c.conversationId}`).sort();

describe('a sequential two-level approval with one rejection, decided from cards', () => {
  it('goes to the first level, then the second, who rejects it; every posted card follows', async () => {
    let id = '';
    const asked = await s.callsDuring(async () => {
      id = (await bot.ask(requester, twoLevels())).id;
    });
    // The requester and the first approver get the card; the second waits for their turn.
    expect(summary(asked)).toEqual([`POST ${chatOf(first)}`, `POST ${chatOf(requester)}`].sort());
    const postedTo = (personId: string, calls: readonly ConnectorCall[]) =>
      calls.find((c) => c.conversationId === chatOf(personId));
    const requesterPost = postedTo(requester, asked)!;
    const firstPost = postedTo(first, asked)!;
    expect(verbsOf(cardOf(requesterPost).card)).toEqual(['approval.cancel']);
    const firstCard = cardOf(firstPost);
    expect(verbsOf(firstCard.card)).toEqual(['approval.approve', 'approval.reject']);
    expect(firstCard.text).toContain('New Year gifts for key clients');
    expect(firstCard.text).toContain('1. Anna Smirnova deciding now 2. Natalia Fedorova');

    // The first approver approves from the card in their chat, with a comment.
    s.clock.advanceMinutes(30);
    let answer: ReadCard | undefined;
    const approved = await s.callsDuring(async () => {
      answer = await bot.press(firstCard.card, first, 'approval.approve', {
        approveComment: 'Within the Q4 plan.',
      });
    });
    expect(answer?.text).toContain('1. Anna Smirnova approved 2. Natalia Fedorova deciding now');
    expect(verbsOf(answer!.card)).toEqual([]);
    // Both posted cards are updated in place; the second approver's card is posted now.
    expect(summary(approved)).toEqual(
      [`PUT ${chatOf(requester)}`, `PUT ${chatOf(first)}`, `POST ${chatOf(second)}`].sort(),
    );
    const updated = (personId: string) =>
      approved.find((c) => c.conversationId === chatOf(personId))!;
    expect(updated(requester).activityId).toBe(requesterPost.activityId);
    expect(updated(first).activityId).toBe(firstPost.activityId);
    expect(cardOf(updated(requester)).text).toContain('Within the Q4 plan.');
    const secondCard = cardOf(updated(second));
    expect(verbsOf(secondCard.card)).toEqual(['approval.approve', 'approval.reject']);

    // The second approver rejects from their card; a reason is required by the input.
    s.clock.advanceMinutes(30);
    const rejected = await s.callsDuring(async () => {
      answer = await bot.press(secondCard.card, second, 'approval.reject', {
        rejectComment: 'Half of it fits the budget; ask again for 240 000.',
      });
    });
    expect(answer?.text).toContain('Status Rejected');
    expect(verbsOf(answer!.card)).toEqual([]);
    expect(answer?.card.refresh).toBeUndefined();
    expect(summary(rejected)).toEqual(
      [`PUT ${chatOf(requester)}`, `PUT ${chatOf(first)}`, `PUT ${chatOf(second)}`].sort(),
    );
    for (const call of rejected) {
      const { text } = cardOf(call);
      expect(text).toContain('Status Rejected');
      expect(text).toContain('Half of it fits the budget; ask again for 240 000.');
    }
    expect(about(id, rejected)).toHaveLength(3);

    const after = (await bot.get(requester, id)).body;
    expect(after.status).toBe('rejected');
    expect(after.decisions.map((d) => [d.approverId, d.decision, d.comment])).toEqual([
      [first, 'approve', 'Within the Q4 plan.'],
      [second, 'reject', 'Half of it fits the budget; ask again for 240 000.'],
    ]);
    expect(s.botErrors).toEqual([]);
  });
});

describe('who decides', () => {
  it('refuses the requester approving their own approval, with a message on the card', async () => {
    const asked = await bot.ask(requester, twoLevels());
    const { card, text } = answeredCard(
      await bot.click(requester, 'approval.approve', { approvalId: asked.id, etag: asked.etag }),
    );
    expect(text).toContain('Only the approvers of this approval can decide on it.');
    expect(verbsOf(card)).toEqual(['approval.cancel']);
    const after = (await bot.get(requester, asked.id)).body;
    expect({ status: after.status, etag: after.etag }).toEqual({
      status: 'pending',
      etag: asked.etag,
    });
  });

  it('ignores a forged userId in the card data: the sender is the actor', async () => {
    const asked = await bot.ask(requester, twoLevels());
    const forged = { approvalId: asked.id, etag: asked.etag, userId: first, aadObjectId: first };
    // Someone who is not an approver cannot borrow the first approver's identity…
    const refused = answeredCard(await bot.click(DEMO.logistician, 'approval.approve', forged));
    expect(refused.text).toContain('Only the requester and the approvers can see this approval.');
    expect((await bot.get(requester, asked.id)).body.decisions).toEqual([]);
    // …nor can the second approver decide in the first one's turn through the data.
    const early = answeredCard(await bot.click(second, 'approval.approve', forged));
    expect(early.text).toContain('The approvers before you in the sequence have not decided yet.');
    // The first approver is recorded as themself.
    answeredCard(await bot.click(first, 'approval.approve', { ...forged, userId: second }));
    const after = (await bot.get(requester, asked.id)).body;
    expect(after.decisions.map((d) => d.approverId)).toEqual([first]);
  });

  it('asks for the reason again when a rejection comes without one', async () => {
    const asked = await bot.ask(requester, twoLevels());
    const { card, text } = answeredCard(
      await bot.click(first, 'approval.reject', { approvalId: asked.id, etag: asked.etag }),
    );
    expect(text).toContain('Say why you reject it.');
    expect(verbsOf(card)).toEqual(['approval.approve', 'approval.reject']);
    expect((await bot.get(requester, asked.id)).body.status).toBe('pending');
  });
});
