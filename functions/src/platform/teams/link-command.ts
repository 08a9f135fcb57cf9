/**
 * "This channel is Marketing's": in a team channel (or group chat) a department head or a Tandem
 * admin writes `link marketing` to the bot, and the department's requests are posted there from
 * then on (one channel per department; linking another moves it). The sender is checked in the
 * directory like any API caller. Chosen over a tab setting because it needs no extra UI and the
 * channel to post to is exactly the conversation the command came from.
 */
import { type Department, type Person, isDomainError, toIsoInstant } from '@tandem/shared';
import type { Capabilities } from '../../kernel/ports';
import { resolveCaller } from '../../kernel/caller';
import { actorOf, cardLocaleOf, conversationOf } from './activity-facts';
import { botTexts } from './bot-texts';
import type { ConversationStore } from './conversation-store';

export interface LinkCommandDeps extends Pick<Capabilities, 'directory' | 'clock'> {
  readonly conversations: Pick<ConversationStore, 'linkDepartment'>;
}

const LINK = /^link(?:\s+(.*))?$/i;

/** The reply to a message sent to the bot (after Teams' @mention is stripped). */
export async function answerMessage(
  deps: LinkCommandDeps,
  activity: { readonly text?: string },
): Promise<string> {
  const t = botTexts(cardLocaleOf(activity));
  const command = LINK.exec(normalise(activity.text ?? ''));
  if (!command) return t('help');
  const address = conversationOf(activity);
  const identity = actorOf(activity);
  if (!address || !identity) return t('unknownActor');
  if (address.scope === 'personal') return t('linkOnlyInChannel');
  let person: Person;
  try {
    person = await resolveCaller(deps, identity);
  } catch (err) {
    if (isDomainError(err)) return err.message;
    throw err;
  }
  const { departments } = await deps.directory.setup(person.tenantId);
  const department = findDepartment(departments, command[1] ?? '');
  const nameOf = (d: Department) => (address.locale === 'ru' ? (d.nameRu ?? d.name) : d.name);
  if (!department) return t('linkWhichDepartment', { known: departments.map(nameOf).join(', ') });
  const allowed =
    person.role === 'admin' || (person.role === 'head' && person.departmentId === department.id);
  if (!allowed) return t('linkNotAllowed');
  await deps.conversations.linkDepartment({
    ...address,
    departmentId: department.id,
    linkedBy: person.id,
    linkedAt: toIsoInstant(deps.clock.now()),
  });
  return t('linked', { department: nameOf(department) });
}

function normalise(text: string): string {
  return text
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function findDepartment(departments: readonly Department[], wanted: string) {
  const key = wanted.trim().toLocaleLowerCase();
  if (key === '') return undefined;
  return departments.find((d) =>
    [d.id, d.name, d.nameRu].some((n) => n !== undefined && n.toLocaleLowerCase() === key),
  );
}
