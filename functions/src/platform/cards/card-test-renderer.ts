/**
 * Checks a card the way a client would read it: the `adaptivecards` parser at schema 1.5, its
 * validation, a JSON round trip (a property the 1.5 parser does not know is dropped by it, so
 * the difference names it) and a render in jsdom. No package ships the official 1.5 JSON
 * schema, so this parser is the reference. Test support only.
 */
import './card-test-dom';
import {
  AdaptiveCard as Parser,
  CardElement,
  SerializationContext,
} from 'adaptivecards/lib/card-elements';
import { Versions } from 'adaptivecards/lib/serialization';
import 'adaptivecards/lib/table';
import MarkdownIt from 'markdown-it';

// Raw HTML allowed: the most forgiving markdown a client could apply, so escaping is tested
// against the worst case (Teams itself strips most HTML).
const markdown = new MarkdownIt({ html: true });
Parser.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdown.render(text);
  result.didProcess = true;
};

function parse(json: unknown): { card: Parser; problems: string[] } {
  // The renderer checks `lang` with a /g regex, whose lastIndex survives between calls: every
  // second card would lose a valid "en" or "ru". Reset it, so each parse starts clean.
  const langPattern = CardElement.langProperty.regEx;
  if (langPattern) langPattern.lastIndex = 0;
  const card = new Parser();
  const context = new SerializationContext(Versions.v1_5);
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const event of card.validateProperties().validationEvents) problems.push(event.message);
  return { card, problems };
}

/** Every parser event, validation failure and property lost in the round trip, as text. */
export function cardProblems(json: unknown): string[] {
  const { card, problems } = parse(json);
  const echoed = card.toJSON(new SerializationContext(Versions.v1_5));
  return [...problems, ...lostInRoundTrip(json, echoed, '$')];
}

function lostInRoundTrip(sent: unknown, echoed: unknown, path: string): string[] {
  if (Array.isArray(sent)) {
    // The serializer leaves out empty arrays; an empty list means the same as none.
    if (sent.length === 0 && echoed === undefined) return [];
    if (!Array.isArray(echoed) || echoed.length !== sent.length)
      return [`${path}: lost or changed`];
    return sent.flatMap((item, i) => lostInRoundTrip(item, echoed[i], `${path}[${i}]`));
  }
  if (sent !== null && typeof sent === 'object') {
    if (echoed === null || typeof echoed !== 'object') return [`${path}: lost`];
    const out = echoed as Record<string, unknown>;
    return Object.entries(sent).flatMap(([key, value]) =>
      lostInRoundTrip(value, out[key], `${path}.${key}`),
    );
  }
  return sent === echoed
    ? []
    : [`${path}: ${JSON.stringify(sent)} became ${JSON.stringify(echoed)}`];
}

export interface RenderedCard {
  readonly element: HTMLElement;
  /** What a person would read, whitespace collapsed. */
  readonly text: string;
  /** Anything the renderer wrote to the console while rendering. */
  readonly complaints: readonly string[];
}

export function renderCard(json: unknown): RenderedCard {
  const { card } = parse(json);
  const complaints: string[] = [];
  // Plain swaps rather than jest spies, so this file also compiles in the functions build.
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => complaints.push(args.map(String).join(' '));
  console.error = console.warn;
  try {
    const element = card.render();
    if (!element) throw new Error('The card rendered nothing.');
    document.body.replaceChildren(element);
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    return { element, text, complaints };
  } finally {
    Object.assign(console, { warn, error });
  }
}
