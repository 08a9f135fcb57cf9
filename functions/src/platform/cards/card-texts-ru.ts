/** The card chrome in Russian: typed against the English keys, so none can be missing. */
import type { Translation } from '@tandem/shared';
import type { cardChromeEn } from './card-texts-en';

export const cardChromeRu: Translation<typeof cardChromeEn> = {
  'card.yourTime': 'по вашему времени',
  'card.asOf': 'По состоянию на',
  'card.someone': 'Кто-то',
  'card.openInTandem': 'Открыть в Tandem',
  'card.refresh': 'Обновить',
  'sla.on_track': 'В срок',
  'sla.warning': 'Под угрозой',
  'sla.breached': 'Нарушен',
  'sla.met': 'Выполнен',
  'sla.paused': 'Приостановлен',
};
