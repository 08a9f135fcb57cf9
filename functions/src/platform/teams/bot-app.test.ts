import { makeBotApp, registerBotHandlers } from './bot-app';
import type { BotConfig } from './bot-config';
import type { BotLog } from './bot-log';

const tab = { appId: '5f1e0c2a-1111-4222-8333-944455566677', webUrl: 'https://tandem.example.com' };
const azureConfig: BotConfig = {
  credentials: {
    kind: 'secret',
    appId: '3c0a4f1e-8a55-4a5e-9d0c-1b2c3d4e5f60',
    tenantId: '9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4',
    secret: 'not-a-real-secret',
  },
  tab,
};
const installInPersonalChat = {
  type: 'installationUpdate',
  action: 'add',
  id: 'incoming-1',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  from: { id: '29:1abc', aadObjectId: 'person-1' },
  recipient: { id: '28:bot' },
  conversation: { id: 'a:1personal', tenantId: 'tenant-1', conversationType: 'personal' },
};

function botIn(mode: 'local' | 'azure', config: BotConfig) {
  const logged: string[] = [];
  const log: BotLog = (level, message) => logged.push(`${level}: ${message}`);
  const bot = makeBotApp(config, mode, log);
  const remembered: unknown[] = [];
  const unused = async () => {
    throw new Error('not used by these activities');
  };
  registerBotHandlers(bot.app, {
    conversations: {
      rememberChat: async (a) => void remembered.push(a),
      rememberPersonalChat: async (c) => void remembered.push(c),
      forgetChat: unused,
      forgetPersonalChat: unused,
      personalChat: unused,
      personalChats: unused,
      linkDepartment: unused,
      departmentChannel: unused,
    },
    clock: { now: () => 0 },
    directory: { findPerson: unused, listPeople: unused, setup: unused },
    cards: { answer: unused },
    log,
  });
  return { bot, remembered, logged };
}

describe('the bot app', () => {
  it('refuses an activity without a Bot Framework token in azure mode', async () => {
    const { bot, remembered } = botIn('azure', azureConfig);
    const res = await bot.handle({ body: installInPersonalChat, headers: {} });
    expect(res.status).toBe(401);
    expect(remembered).toEqual([]);
  });

  it('takes unauthenticated activities in local mode, and only there', async () => {
    const { bot, remembered, logged } = botIn('local', { credentials: null, tab });
    const body = { ...installInPersonalChat, serviceUrl: 'http://127.0.0.1:3979/emea/' };
    const res = await bot.handle({ body, headers: {} });
    expect(res.status).toBe(200);
    expect(remembered).toEqual([
      expect.objectContaining({ personId: 'person-1', scope: 'personal' }),
    ]);
    expect(logged).toEqual([
      expect.stringMatching(/^warn: .*dangerouslyAllowUnauthenticatedRequests/),
    ]);
  });

  it('remembers no chat from a local activity whose serviceUrl is off this machine', async () => {
    const { bot, remembered } = botIn('local', { credentials: null, tab });
    await expect(bot.handle({ body: installInPersonalChat, headers: {} })).rejects.toMatchObject({
      _tag: 'ValidationFailed',
      issues: [expect.objectContaining({ path: 'serviceUrl' })],
    });
    expect(remembered).toEqual([]);
  });

  it('will not start in azure mode without the bot’s identity', () => {
    expect(() => makeBotApp({ credentials: null, tab }, 'azure', () => undefined)).toThrow(
      /BOT_ID/,
    );
  });
});
