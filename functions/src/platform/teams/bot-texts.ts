/** What the bot says in chat and in card errors, in English and Russian (plain text). */
import type { CardLocale } from '../cards';

export interface BotTexts {
  readonly badCardData: string;
  readonly unknownVerb: (verb: string) => string;
  readonly unknownActor: string;
  readonly internal: string;
  readonly help: string;
  readonly linkOnlyInChannel: string;
  readonly linkWhichDepartment: (known: string) => string;
  readonly linkNotAllowed: string;
  readonly linked: (department: string) => string;
}

const en: BotTexts = {
  badCardData: 'This card is not one Tandem can act on. Open the request in Tandem instead.',
  unknownVerb: (verb) => `Tandem does not know the card action "${verb}".`,
  unknownActor: 'Teams did not say who you are, so Tandem cannot act for you.',
  internal: 'Something went wrong in Tandem. It has been logged; please try again later.',
  help:
    'Tandem posts requests and SLA alerts here. In a department channel, a department head ' +
    'or a Tandem admin can write "link <department>" so that the department’s new requests are ' +
    'posted there.',
  linkOnlyInChannel:
    'A department is linked to a team channel or a group chat, not a personal chat.',
  linkWhichDepartment: (known) => `Which department? Write "link <department>", one of: ${known}.`,
  linkNotAllowed:
    'Only the department’s head or a Tandem admin can choose where its requests are posted.',
  linked: (department) => `New requests to ${department} will be posted here.`,
};

const ru: BotTexts = {
  badCardData: 'С этой карточкой Tandem не может работать. Откройте запрос в Tandem.',
  unknownVerb: (verb) => `Tandem не знает действие карточки «${verb}».`,
  unknownActor: 'Teams не сообщил, кто вы, поэтому Tandem не может действовать от вашего имени.',
  internal: 'В Tandem что-то пошло не так. Ошибка записана; попробуйте позже.',
  help:
    'Tandem публикует здесь запросы и предупреждения о сроках. В канале отдела руководитель ' +
    'отдела или администратор Tandem может написать «link <отдел>», чтобы новые запросы отдела ' +
    'публиковались там.',
  linkOnlyInChannel:
    'Отдел привязывается к каналу команды или групповому чату, а не к личному чату.',
  linkWhichDepartment: (known) => `Какой отдел? Напишите «link <отдел>», один из: ${known}.`,
  linkNotAllowed:
    'Выбрать, куда публикуются запросы отдела, может только руководитель отдела или администратор Tandem.',
  linked: (department) => `Новые запросы в отдел «${department}» будут публиковаться здесь.`,
};

export function botTexts(locale: CardLocale): BotTexts {
  return locale === 'ru' ? ru : en;
}
