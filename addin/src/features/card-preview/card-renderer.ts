/**
 * The Adaptive Cards renderer of the preview, a chunk of its own loaded with the first card.
 * Markdown is applied as Teams applies it to TextBlocks, and safely: `html: false` turns raw
 * HTML in card text into text, and markdown-it drops javascript:, vbscript: and data: links. The
 * card builders escape what people typed, so nothing is escaped again here.
 */
import {
  type Action,
  AdaptiveCard,
  CardElement,
  ExecuteAction,
  OpenUrlAction,
  SerializationContext,
} from 'adaptivecards/lib/card-elements';
import { HostConfig } from 'adaptivecards/lib/host-config';
import { Versions } from 'adaptivecards/lib/serialization';
// The package's entry also brings the carousel and its slider library, which no card here uses.
import 'adaptivecards/lib/table';
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: false });
AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdown.render(text);
  result.didProcess = true;
};

export interface CardHandlers {
  /** An `Action.Execute`: its verb and its data merged with the card's inputs, as Teams sends. */
  onExecute: (verb: string, data: Record<string, unknown>) => void;
  onOpenUrl: (url: string) => void;
}

export function renderCard(json: unknown, hostConfig: object, handlers: CardHandlers): HTMLElement {
  // The renderer checks `lang` with a /g regex whose lastIndex survives between cards, so every
  // second card would lose its language; each parse starts clean.
  const langPattern = CardElement.langProperty.regEx;
  if (langPattern) langPattern.lastIndex = 0;
  const card = new AdaptiveCard();
  card.hostConfig = new HostConfig(hostConfig);
  card.onExecuteAction = (action: Action) => {
    if (action instanceof ExecuteAction) {
      handlers.onExecute(action.verb ?? '', { ...(action.data ?? {}) });
    } else if (action instanceof OpenUrlAction) {
      handlers.onOpenUrl(action.url ?? '');
    }
  };
  card.parse(json, new SerializationContext(Versions.v1_5));
  const element = card.render();
  if (!element) throw new Error('The card has nothing to show.');
  return element;
}
