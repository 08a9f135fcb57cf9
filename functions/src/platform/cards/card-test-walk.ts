/** Walks a card's JSON for the tests: its buttons, inputs and text blocks. Test support only. */
import type {
  AdaptiveCard,
  CardAction,
  CardElement,
  ExecuteAction,
  NestedCard,
  TextBlock,
  TextInput,
} from './card-types';

function cardsIn(card: AdaptiveCard | NestedCard): (AdaptiveCard | NestedCard)[] {
  const shown = card.actions.flatMap((a) => (a.type === 'Action.ShowCard' ? cardsIn(a.card) : []));
  return [card, ...shown];
}

function elementsIn(elements: readonly CardElement[]): CardElement[] {
  return elements.flatMap((e) => (e.type === 'Container' ? [e, ...elementsIn(e.items)] : [e]));
}

export function actionsIn(card: AdaptiveCard): CardAction[] {
  return cardsIn(card).flatMap((c) => c.actions);
}

/** The buttons that change the request (the refresh is not one). */
export function executeActions(card: AdaptiveCard): ExecuteAction[] {
  return actionsIn(card).filter((a): a is ExecuteAction => a.type === 'Action.Execute');
}

export function verbsOf(card: AdaptiveCard): string[] {
  return executeActions(card).map((a) => a.verb);
}

export function inputsIn(card: AdaptiveCard): TextInput[] {
  return cardsIn(card)
    .flatMap((c) => elementsIn(c.body))
    .filter((e): e is TextInput => e.type === 'Input.Text');
}

export function textBlocksIn(card: AdaptiveCard): TextBlock[] {
  return cardsIn(card)
    .flatMap((c) => elementsIn(c.body))
    .filter((e): e is TextBlock => e.type === 'TextBlock');
}
