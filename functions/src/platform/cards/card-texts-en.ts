/** The card chrome in English: the words every kind of card shows, whatever it is about. */
import type { Dictionary } from '@tandem/shared';

export const cardChromeEn = {
  'card.yourTime': 'your time',
  'card.asOf': 'As of',
  'card.someone': 'Someone',
  'card.openInTandem': 'Open in Tandem',
  'card.refresh': 'Refresh',
  'sla.on_track': 'On track',
  'sla.warning': 'At risk',
  'sla.breached': 'Breached',
  'sla.met': 'Met',
  'sla.paused': 'Paused',
} as const satisfies Dictionary;
