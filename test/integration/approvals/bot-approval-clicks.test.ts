/**
 * Approval card clicks that cannot simply go through: a card out of date (the approval was
 * decided in the tab meanwhile, or has moved past the button) answers with the current card and a
 * notice, `refresh` gives each person their own card, and an unknown verb or broken data gets a
 * typed error.
 */
import { releaseCardDom } from '../../../functions/src/platform/cards/card-test-dom';
import { verbsOf } from '../../../functions/src/platform/cards/card-test-walk';
import { approvalCardTexts } from '../../../functions/src/features/approvals/cards/approval-card-texts';
import { DEMO } from '../../../functions/src/platform/local/demo-directory';
import { budgetApproval } from '../../fixtures/approvals-stack';
import { personalChatOf } from '../../fixtures/bot-activities';
import { answeredCard } from '../../fixtures/bot-cards';
import { type ApprovalBot, type ApprovalDto, makeApprovalBot } from '../../fixtures/bot-approvals';
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
  await bot.openChats(requester, first, second);
});
afterAll(async () => {
  await s.close();
  releaseCardDom();
});

const twoLevels = () => budgetApproval([first, second]);
const summary = (calls: readonly ConnectorCall[]) =>
  calls.map((c) => `${c.method} ${c.conversationId}`).sort();

describe('a stale approval card', () => {
  it('answers a click on an old version with the refreshed card and a notice', async () => {
    const asked = await bot.ask(requester, twoLevels());
    await s.settle();
    // Decided in the tab meanwhile: the posted cards follow that decision too.
    const done: ApprovalDto[] = [];
    const calls = await s.callsDuring(async () => {
      const res = await bot.act(first, asked.id, 'approve', { comment: 'OK' }, asked.etag);
      expect(res.status).toBe(200);
      done.push(res.body);
    });
    expect(summary(calls)).toEqual(
      [`PUT ${chatOf(requester)}`, `PUT ${chatOf(first)}`, `POST ${chatOf(second)}`].sort(),
    );
    const { card, text } = answeredCard(
      await bot.click(requester, 'approval.cancel', { approvalId: asked.id, etag: asked.etag }),
    );
    expect(text).toContain(approvalCardTexts('en')('staleCard'));
    expect(text).toContain('1. Anna Smirnova approved');
    expect(card.refresh?.action.data.etag).toBe(done[0]?.etag);
    expect((await bot.get(requester, asked.id)).body.status).toBe('pending');
  });

  it('treats a button the approval has moved past as stale, in the reader’s language', async () => {
    const asked = await bot.ask(requester, twoLevels());
    const cancelled = await bot.act(requester, asked.id, 'cancel', {}, asked.etag);
    const answer = await bot.click(
      first,
      'approval.approve',
      { approvalId: asked.id, etag: cancelled.body.etag },
      'ru-RU',
    );
    const { card, text } = answeredCard(answer);
    expect(text).toContain(approvalCardTexts('ru')('staleCard'));
    expect(text).toContain('Статус Отменено');
    expect(verbsOf(card)).toEqual([]);
  });
});

describe('refresh and broken clicks', () => {
  it('gives each person their own card on refresh', async () => {
    const asked = await bot.ask(requester, twoLevels());
    const data = { approvalId: asked.id, etag: asked.etag };
    const verbs = async (personId: string) =>
      verbsOf(answeredCard(await bot.click(personId, 'approval.refresh', data)).card);
    expect(await verbs(first)).toEqual(['approval.approve', 'approval.reject']);
    expect(await verbs(second)).toEqual([]);
    expect(await verbs(requester)).toEqual(['approval.cancel']);
  });

  it('answers an unknown approval verb or broken data with a typed error', async () => {
    const asked = await bot.ask(requester, twoLevels());
    const data = { approvalId: asked.id, etag: asked.etag };
    expect(await bot.click(first, 'approval.escalate', data)).toMatchObject({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'UnknownVerb' },
    });
    expect(await bot.click(first, 'approval.approve', { approvalId: asked.id })).toMatchObject({
      statusCode: 400,
      value: { code: 'BadCardData' },
    });
    expect((await bot.get(requester, asked.id)).body.status).toBe('pending');
    expect(s.botErrors).toEqual([]);
  });
});
