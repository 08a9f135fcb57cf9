import { pickLocale } from './pick-locale';

describe('pickLocale', () => {
  it('takes the first supported language in priority order', () => {
    expect(pickLocale([undefined, 'ru-RU', 'en-US'])).toBe('ru');
    expect(pickLocale(['EN-gb', 'ru'])).toBe('en');
    expect(pickLocale(['ru_ru'])).toBe('ru');
  });

  it('skips unsupported languages and falls back to English', () => {
    expect(pickLocale(['de-DE', 'ru'])).toBe('ru');
    expect(pickLocale(['de-DE', null, ''])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});
