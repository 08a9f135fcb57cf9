/** What the bot says in chat and in card errors, in English (plain text, not markdown). */
import type { Dictionary } from '@tandem/shared';

export const botEn = {
  badCardData: 'This card is not one Tandem can act on. Open the request in Tandem instead.',
  unknownVerb: 'Tandem does not know the card action "{verb}".',
  unknownActor: 'Teams did not say who you are, so Tandem cannot act for you.',
  internal: 'Something went wrong in Tandem. It has been logged; please try again later.',
  help:
    'Tandem posts requests and SLA alerts here. In a department channel, a department head ' +
    'or a Tandem admin can write "link <department>" so that the department’s new requests are ' +
    'posted there.',
  linkOnlyInChannel:
    'A department is linked to a team channel or a group chat, not a personal chat.',
  linkWhichDepartment: 'Which department? Write "link <department>", one of: {known}.',
  linkNotAllowed:
    'Only the department’s head or a Tandem admin can choose where its requests are posted.',
  linked: 'New requests to {department} will be posted here.',
} as const satisfies Dictionary;
