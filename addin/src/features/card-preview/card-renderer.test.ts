import { releaseCardDom } from '../../../../functions/src/platform/cards/card-test-dom';
import { tokens } from '@fluentui/react-components';
import { teamsHostConfig } from './card-host-config';
import { type CardHandlers, renderCard } from './card-renderer';

afterAll(releaseCardDom);

const hostConfig = teamsHostConfig(tokens);
const card = (body: object[], actions: object[] = []) => ({
  type: 'AdaptiveCard',
  version: '1.5',
  body,
  actions,
});
const recorder = () => {
  const calls: { executed: [string, Record<string, unknown>][]; opened: string[] } = {
    executed: [],
    opened: [],
  };
  const handlers: CardHandlers = {
    onExecute: (verb, data) => calls.executed.push([verb, data]),
    onOpenUrl: (url) => calls.opened.push(url),
  };
  return { calls, handlers };
};

describe('renderCard', () => {
  it('applies markdown and shows escaped punctuation as typed', () => {
    const el = renderCard(
      card([{ type: 'TextBlock', text: '**SLA:** on track · \\[Prize\\]\\(http://x\\) \\*1\\*' }]),
      hostConfig,
      recorder().handlers,
    );
    expect(el.querySelector('strong')?.textContent).toBe('SLA:');
    expect(el.textContent).toContain('[Prize](http://x) *1*');
    expect(el.querySelector('a')).toBeNull();
  });

  it('never turns card text into markup or script links', () => {
    const el = renderCard(
      card([
        { type: 'TextBlock', text: '<img src=x onerror="alert(1)"> <b>bold</b>' },
        { type: 'TextBlock', text: '[click](javascript:alert(1)) [ok](https://example.com)' },
      ]),
      hostConfig,
      recorder().handlers,
    );
    expect(el.querySelector('img, b')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror="alert(1)">');
    const hrefs = Array.from(el.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.com']);
  });

  it('colours text with the tab theme’s tokens', () => {
    const el = renderCard(
      card([{ type: 'TextBlock', text: 'Breached', color: 'Attention' }]),
      hostConfig,
      recorder().handlers,
    );
    const block = el.querySelector<HTMLElement>('.ac-textBlock');
    expect(block?.style.color).toBe(tokens.colorPaletteRedForeground1);
  });

  it('hands an Execute its verb with the data and the inputs, and an OpenUrl its address', () => {
    const { calls, handlers } = recorder();
    const el = renderCard(
      card(
        [
          {
            type: 'Input.Text',
            id: 'text',
            label: 'Answer',
            isRequired: true,
            errorMessage: 'Say it',
          },
        ],
        [
          {
            type: 'Action.Execute',
            title: 'Answer',
            verb: 'answer',
            data: { requestId: 'r-1', etag: '"1"' },
          },
          {
            type: 'Action.OpenUrl',
            title: 'Open in Tandem',
            url: 'https://tandem.example.com/?request=r-1',
          },
        ],
      ),
      hostConfig,
      handlers,
    );
    const [answer, open] = Array.from(el.querySelectorAll<HTMLButtonElement>('button'));
    answer?.click();
    expect(calls.executed).toEqual([]); // the required input is empty
    const input = el.querySelector<HTMLInputElement>('input');
    input!.value = 'In stock';
    input!.dispatchEvent(new window.Event('input'));
    answer?.click();
    open?.click();
    expect(calls.executed).toEqual([
      ['answer', { requestId: 'r-1', etag: '"1"', text: 'In stock' }],
    ]);
    expect(calls.opened).toEqual(['https://tandem.example.com/?request=r-1']);
  });
});
