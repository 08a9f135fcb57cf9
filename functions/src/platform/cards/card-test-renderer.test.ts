/** The card checker itself: it must reject what a 1.5 client would not understand. */
import { releaseCardDom } from './card-test-dom';
import { cardProblems, renderCard } from './card-test-renderer';

afterAll(releaseCardDom);

const card = (body: unknown[], extra: Record<string, unknown> = {}) => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body,
  ...extra,
});
const hello = { type: 'TextBlock', text: 'Hello', wrap: true };

describe('cardProblems', () => {
  it('passes a plain 1.5 card, Table (new in 1.5) included', () => {
    const table = { type: 'Table', columns: [{ width: 1 }], rows: [] };
    expect(cardProblems(card([hello, table]))).toEqual([]);
  });

  it('accepts a valid lang on every call, not every second one', () => {
    const russian = card([hello], { lang: 'ru' });
    expect([cardProblems(russian), cardProblems(russian), cardProblems(russian)]).toEqual([
      [],
      [],
      [],
    ]);
  });

  it('names a property the schema does not have', () => {
    expect(cardProblems(card([{ ...hello, colour: 'red' }]))).toEqual([
      '$.body[0].colour: "red" became undefined',
    ]);
  });

  it('rejects what only 1.6 has: the Carousel element and refresh.expires', () => {
    expect(cardProblems(card([{ type: 'Carousel', pages: [] }])).join()).toMatch(
      /Unknown element type "Carousel"/,
    );
    const refresh = {
      action: { type: 'Action.Execute', verb: 'refresh' },
      expires: '2026-01-01T00:00:00Z',
    };
    expect(cardProblems(card([hello], { refresh }))).toEqual([
      '$.refresh.expires: "2026-01-01T00:00:00Z" became undefined',
    ]);
  });

  it('rejects an unknown action and an invalid enum value', () => {
    expect(cardProblems(card([hello], { actions: [{ type: 'Action.Http' }] })).join()).toMatch(
      /Action\.Http/,
    );
    expect(cardProblems(card([{ ...hello, size: 'Huge' }]))).toEqual([
      'Invalid value "Huge" for property "size".',
      '$.body[0].size: "Huge" became undefined',
    ]);
  });

  it('asks a required input for its label and error message', () => {
    const input = { type: 'Input.Text', id: 'text', isRequired: true };
    expect(cardProblems(card([input]))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/label/i),
        expect.stringMatching(/error message/i),
      ]),
    );
  });
});

describe('renderCard', () => {
  it('shows the text a person reads, markdown applied', () => {
    const rendered = renderCard(card([{ ...hello, text: 'Hello **there**' }]));
    expect(rendered.text).toBe('Hello there');
    expect(rendered.element.querySelector('strong')?.textContent).toBe('there');
    expect(rendered.complaints).toEqual([]);
  });

  it('formats DATE and TIME on the client', () => {
    const text = 'Due {{DATE(2026-03-10T10:00:00Z, SHORT)}}';
    expect(renderCard(card([{ ...hello, text }])).text).toMatch(/^Due \w{3}, Mar 10, 2026$/);
  });
});
