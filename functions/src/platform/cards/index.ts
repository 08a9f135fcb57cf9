/** Adaptive cards as pure functions of domain state and viewer (issue 5). */
export type { AdaptiveCard, CardActionData } from './card-types';
export { cardVersion } from './card-types';
export { type CardLocale, cardLocales } from './card-texts';
export { type CardNames, cardNamesFrom } from './card-names';
export { type TabLink, requestDeepLink, requestsTabEntityId } from './tab-link';
export { escapeCardText, unescapeCardText } from './escape-text';
export { messageCard, withMessage } from './message-card';
