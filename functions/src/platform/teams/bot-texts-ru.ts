/** What the bot says in Russian, typed against the English keys. */
import type { Translation } from '@tandem/shared';
import type { botEn } from './bot-texts-en';

export const botRu: Translation<typeof botEn> = {
  badCardData: 'С этой карточкой Tandem не может работать. Откройте запрос в Tandem.',
  unknownVerb: 'Tandem не знает действие карточки «{verb}».',
  unknownActor: 'Teams не сообщил, кто вы, поэтому Tandem не может действовать от вашего имени.',
  internal: 'В Tandem что-то пошло не так. Ошибка записана; попробуйте позже.',
  help:
    'Tandem публикует здесь запросы и предупреждения о сроках. В канале отдела руководитель ' +
    'отдела или администратор Tandem может написать «link <отдел>», чтобы новые запросы отдела ' +
    'публиковались там.',
  linkOnlyInChannel:
    'Отдел привязывается к каналу команды или групповому чату, а не к личному чату.',
  linkWhichDepartment: 'Какой отдел? Напишите «link <отдел>», один из: {known}.',
  linkNotAllowed:
    'Выбрать, куда публикуются запросы отдела, может только руководитель отдела или администратор Tandem.',
  linked: 'Новые запросы в отдел «{department}» будут публиковаться здесь.',
};
