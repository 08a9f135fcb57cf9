/**
 * A browser for the card tests: jsdom's window installed as the globals the `adaptivecards`
 * renderer expects. Import it before anything from `adaptivecards`. Test support only.
 */
import { JSDOM } from 'jsdom';

export const cardDom = new JSDOM('<!doctype html><html><body></body></html>', {
  url: 'https://tandem.example.com/',
});
const { window } = cardDom;

// jsdom has no layout, so no innerText; the renderer writes labels and button titles through
// it, and the tests read what a person would see, so it maps to textContent here.
Object.defineProperty(window.HTMLElement.prototype, 'innerText', {
  configurable: true,
  get(this: HTMLElement) {
    return this.textContent ?? '';
  },
  set(this: HTMLElement, value: string) {
    this.textContent = value;
  },
});

// Only what the renderer uses: copying every window property would hand jest's global
// clean-up jsdom's Storage proxies, which it cannot walk.
const used = [
  'window',
  'document',
  'navigator',
  'Node',
  'Element',
  'HTMLElement',
  'HTMLInputElement',
  'HTMLTextAreaElement',
  'HTMLSelectElement',
  'HTMLButtonElement',
] as const;
const globals = globalThis as Record<string, unknown>;
const installed = used.filter((key) => !(key in globals));
for (const key of installed) globals[key] = window[key];

/** For `afterAll`: stops jsdom and takes its globals back before jest clears the scope. */
export function releaseCardDom(): void {
  window.close();
  for (const key of installed) delete globals[key];
}
