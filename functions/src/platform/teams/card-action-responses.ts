/**
 * The answers to an `adaptiveCard/action` invoke (Universal Actions response format): a card
 * that replaces the clicked one, or a typed error Teams shows as a failed action.
 */
import type {
  AdaptiveCardActionCardResponse,
  AdaptiveCardActionErrorResponse,
} from '@microsoft/teams.api';
import type { AdaptiveCard } from '../cards';

export function cardResponse(card: AdaptiveCard): AdaptiveCardActionCardResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}

export type CardActionErrorCode = 'UnknownVerb' | 'BadCardData' | 'UnknownActor' | 'Internal';

export function errorResponse(
  statusCode: 400 | 500,
  code: CardActionErrorCode,
  message: string,
): AdaptiveCardActionErrorResponse {
  return {
    statusCode,
    type: 'application/vnd.microsoft.error',
    value: { code, message, innerHttpError: { statusCode, body: null } },
  };
}
