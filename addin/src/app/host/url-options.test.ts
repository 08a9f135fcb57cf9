import { readUrlOptions, toThemeName } from './url-options';

describe('readUrlOptions', () => {
  it('reads the overrides, the channel department and the config route', () => {
    const o = readUrlOptions('?theme=dark&lang=ru&as=p1&department=marketing&item=a1', '#/config');
    expect(o).toEqual({
      theme: 'dark',
      lang: 'ru',
      as: 'p1',
      department: 'marketing',
      isConfigPage: true,
    });
  });

  it('treats blanks and unknown themes as absent', () => {
    const o = readUrlOptions('?theme=glass&lang=&department=%20', '');
    expect([o.theme, o.lang, o.department, o.isConfigPage]).toEqual([null, null, null, false]);
  });

  it('maps only the three Fluent Teams themes', () => {
    expect(['default', 'dark', 'contrast', 'glass', undefined].map(toThemeName)).toEqual([
      'default',
      'dark',
      'contrast',
      null,
      null,
    ]);
  });
});
