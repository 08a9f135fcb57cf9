/**
 * The bot keeps a reference to every conversation it is added to (installationUpdate, and
 * conversationUpdate with the bot among the members added), and drops it when removed: a team,
 * channel or group chat by conversation, a personal chat by the person, so that direct messages
 * can later reach that person.
 */
import { actorOf, conversationOf, isBotAmong, senderMriOf } from './activity-facts';
import type { BotLog } from './bot-log';
import type { ConversationStore } from './conversation-store';

export interface ConversationEventDeps {
  readonly conversations: ConversationStore;
  readonly log: BotLog;
}

interface InstallationUpdate {
  readonly action?: string;
}

interface ConversationUpdate {
  readonly membersAdded?: readonly { id: string }[];
  readonly membersRemoved?: readonly { id: string }[];
}

export async function onInstallationUpdate(
  deps: ConversationEventDeps,
  activity: InstallationUpdate,
): Promise<void> {
  if (activity.action === 'add' || activity.action === 'add-upgrade') {
    await rememberConversation(deps, activity);
  } else if (activity.action === 'remove' || activity.action === 'remove-upgrade') {
    await forgetConversation(deps, activity);
  }
}

export async function onConversationUpdate(
  deps: ConversationEventDeps,
  activity: ConversationUpdate,
): Promise<void> {
  if (isBotAmong(activity, activity.membersAdded)) await rememberConversation(deps, activity);
  else if (isBotAmong(activity, activity.membersRemoved)) await forgetConversation(deps, activity);
}

/** Also run on every message, so that a moved serviceUrl or a new Teams id is picked up. */
export async function rememberConversation(
  deps: ConversationEventDeps,
  activity: unknown,
): Promise<void> {
  const address = conversationOf(activity);
  if (!address) {
    deps.log('warn', 'An activity without a tenant or service URL was not remembered.');
    return;
  }
  if (address.scope !== 'personal') return deps.conversations.rememberChat(address);
  const person = actorOf(activity);
  const userMri = senderMriOf(activity);
  if (!person || !userMri) return;
  await deps.conversations.rememberPersonalChat({ ...address, personId: person.objectId, userMri });
}

async function forgetConversation(deps: ConversationEventDeps, activity: unknown): Promise<void> {
  const address = conversationOf(activity);
  if (!address) return;
  if (address.scope !== 'personal') {
    return deps.conversations.forgetChat(address.tenantId, address.conversationId);
  }
  const person = actorOf(activity);
  if (person) await deps.conversations.forgetPersonalChat(address.tenantId, person.objectId);
}
