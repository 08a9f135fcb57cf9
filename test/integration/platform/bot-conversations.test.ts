/**
 * Where the bot may post: conversation references stored when it is installed in a personal,
 * channel or group chat scope (and dropped when removed), and a department linked to its
 * channel by the `link` command, allowed to the department's head and to admins only.
 */
import { DEMO, DEMO_TENANT_ID } from '../../../functions/src/platform/local/demo-directory';
import {
  type ConversationSpec,
  botMembership,
  channel,
  installation,
  mentionMessage,
  mriOf,
  personalChatOf,
} from '../../fixtures/bot-activities';
import { type BotStack, startBotStack } from '../../fixtures/bot-stack';

let s: BotStack;
beforeAll(async () => {
  s = await startBotStack('2026-12-01T07:00:00Z');
});
afterAll(() => s.close());

const stored = () => s.bot.conversations;
const serviceUrl = () => s.connector.serviceUrl.replace(/\/$/, '');
const inThread = (c: ConversationSpec): ConversationSpec => ({
  ...c,
  id: `${c.id};messageid=1764572400000`,
});

/** Sends `link …` to the bot in a channel thread; returns the bot's reply there. */
async function say(personId: string, where: ConversationSpec, text: string, locale?: string) {
  const before = s.connector.calls.length;
  const res = await s.post(mentionMessage(s.from(personId, inThread(where), locale), text));
  expect(res.status).toBe(200);
  const replies = s.connector.calls.slice(before);
  expect(replies).toHaveLength(1);
  expect(replies[0]).toMatchObject({ method: 'POST', conversationId: inThread(where).id });
  return replies[0]?.body.text ?? '';
}

describe('installs', () => {
  it('remembers a personal chat with the person’s Teams id, and forgets it on removal', async () => {
    const from = s.from(DEMO.salesHead, personalChatOf(DEMO.salesHead), 'ru-RU');
    expect((await s.post(installation(from, 'add'))).status).toBe(200);
    expect(await stored().personalChat(DEMO_TENANT_ID, DEMO.salesHead)).toEqual({
      tenantId: DEMO_TENANT_ID,
      conversationId: personalChatOf(DEMO.salesHead).id,
      serviceUrl: serviceUrl(),
      scope: 'personal',
      locale: 'ru',
      personId: DEMO.salesHead,
      userMri: mriOf(DEMO.salesHead),
    });
    await s.post(installation(from, 'remove'));
    expect(await stored().personalChat(DEMO_TENANT_ID, DEMO.salesHead)).toBeUndefined();
  });

  it('answers a message in a personal chat with what the bot does', async () => {
    const before = s.connector.calls.length;
    await s.post(mentionMessage(s.from(DEMO.marketer, personalChatOf(DEMO.marketer)), 'hello'));
    const reply = s.connector.calls.slice(before);
    expect(reply.map((c) => c.body.text)).toEqual([expect.stringContaining('link <department>')]);
    expect(reply[0]?.conversationId).toBe(personalChatOf(DEMO.marketer).id);
  });
});

describe('linking a department to its channel', () => {
  const marketing = channel('marketing');
  const logistics = channel('logistics');

  beforeAll(async () => {
    for (const c of [marketing, logistics]) {
      const res = await s.post(botMembership(s.from(DEMO.admin, c), 'membersAdded'));
      expect(res.status).toBe(200);
    }
  });

  it('lets the department’s head link it, in the channel the command came from', async () => {
    expect(await say(DEMO.marketingHead, marketing, 'link marketing')).toBe(
      'New requests to Marketing will be posted here.',
    );
    expect(await stored().departmentChannel(DEMO_TENANT_ID, 'marketing')).toMatchObject({
      conversationId: marketing.id,
      serviceUrl: serviceUrl(),
      scope: 'channel',
      teamId: marketing.teamId,
      linkedBy: DEMO.marketingHead,
    });
  });

  it('refuses a member, and a head of another department', async () => {
    for (const personId of [DEMO.marketer, DEMO.salesHead]) {
      expect(await say(personId, logistics, 'link marketing')).toMatch(
        /Only the department’s head/,
      );
    }
    expect(await stored().departmentChannel(DEMO_TENANT_ID, 'marketing')).toMatchObject({
      conversationId: marketing.id,
    });
  });

  it('lets an admin link any department, by its name in either language', async () => {
    expect(await say(DEMO.admin, logistics, 'link Логистика', 'ru-RU')).toBe(
      'Новые запросы в отдел «Логистика» будут публиковаться здесь.',
    );
    expect(await stored().departmentChannel(DEMO_TENANT_ID, 'logistics')).toMatchObject({
      conversationId: logistics.id,
      locale: 'ru',
    });
    expect(await say(DEMO.admin, logistics, 'link the canteen')).toMatch(
      /^Which department\? .*Marketing, Sales/,
    );
  });

  it('drops the link when the bot is removed from the channel', async () => {
    await s.post(botMembership(s.from(DEMO.admin, logistics), 'membersRemoved'));
    expect(await stored().departmentChannel(DEMO_TENANT_ID, 'logistics')).toBeUndefined();
    expect(await stored().departmentChannel(DEMO_TENANT_ID, 'marketing')).toBeDefined();
    expect(s.botErrors).toEqual([]);
  });
});
