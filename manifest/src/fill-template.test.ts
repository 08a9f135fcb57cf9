import { fillTemplate } from './fill-template';

describe('fillTemplate', () => {
  it('replaces placeholders inside strings anywhere in the document', () => {
    const template = {
      id: '{{ID}}',
      tabs: [{ url: '{{URL}}/#/config', scopes: ['team'], max: 3, on: true, none: null }],
      resource: 'api://{{HOST}}/{{ID}}',
    };
    expect(fillTemplate(template, { ID: 'x-1', URL: 'https://h', HOST: 'h' })).toEqual({
      id: 'x-1',
      tabs: [{ url: 'https://h/#/config', scopes: ['team'], max: 3, on: true, none: null }],
      resource: 'api://h/x-1',
    });
  });

  it('keeps values with quotes and backslashes as data, never as JSON syntax', () => {
    const filled = fillTemplate({ name: '{{NAME}}' }, { NAME: 'Contoso "Sales" \\ Co' });
    expect(JSON.parse(JSON.stringify(filled))).toEqual({ name: 'Contoso "Sales" \\ Co' });
  });

  it('refuses a template that uses a placeholder no setting provides', () => {
    expect(() => fillTemplate({ a: '{{BOT_ID}}', b: ['{{NOPE}}'] }, {})).toThrow(
      'template uses unknown placeholders: BOT_ID, NOPE',
    );
  });
});
