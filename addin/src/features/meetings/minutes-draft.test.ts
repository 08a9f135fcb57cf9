import { expect } from '@jest/globals';
import { en } from '../../app/i18n/messages-en';
import { makeTranslate } from '@tandem/shared/browser';
import { type MinutesDraft, checkMinutes, toDraftPath, toMinutesBody } from './minutes-draft';

const t = makeTranslate('en', en);
const action = (title: string, ownerDepartmentId = 'sales', dueDate = '2026-03-20') => ({
  key: title,
  title,
  ownerDepartmentId,
  dueDate,
});

describe('toMinutesBody', () => {
  it('sends recorded items in agenda order, decisions one per line, and skips blank ones', () => {
    const draft: MinutesDraft = {
      b: {
        decisions: '  Launch on 1 April.\n\n Heaters instead of pools \n',
        discussed: false,
        actionItems: [],
      },
      a: { decisions: '', discussed: false, actionItems: [action('Staff the stand')] },
      c: { decisions: ' \n ', discussed: false, actionItems: [] },
      d: { decisions: '', discussed: true, actionItems: [] },
    };
    const body = toMinutesBody(draft, ['a', 'b', 'c', 'd', 'e']);
    expect(body.agendaItemIds).toEqual(['a', 'b', 'd']);
    expect(body.input.items).toEqual([
      {
        agendaItemId: 'a',
        decisions: [],
        actionItems: [
          { title: 'Staff the stand', ownerDepartmentId: 'sales', dueDate: '2026-03-20' },
        ],
      },
      {
        agendaItemId: 'b',
        decisions: ['Launch on 1 April.', 'Heaters instead of pools'],
        actionItems: [],
      },
      { agendaItemId: 'd', decisions: [], actionItems: [] },
    ]);
  });
});

describe('checkMinutes', () => {
  it('refuses minutes with nothing recorded', () => {
    expect(checkMinutes({}, ['a'], t)).toEqual({
      ok: false,
      errors: { minutes: expect.stringContaining('at least one item') },
    });
  });

  it('keys field errors by agenda item, not by position among the items sent', () => {
    const draft: MinutesDraft = {
      a: { decisions: '', discussed: true, actionItems: [] },
      b: { decisions: '', discussed: false, actionItems: [action(''), action('Ok', '', 'soon')] },
    };
    const check = checkMinutes(draft, ['a', 'b'], t);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors).toEqual({
      'b.actionItems.0.title': 'Fill this in.',
      'b.actionItems.1.ownerDepartmentId': 'Choose a value.',
      'b.actionItems.1.dueDate': 'This value is not valid.',
    });
  });
});

describe('toDraftPath', () => {
  const body = toMinutesBody({ x: { decisions: 'D', discussed: false, actionItems: [] } }, ['x']);

  it('maps the server’s item index back to the agenda item, and leaves other paths alone', () => {
    expect(toDraftPath('items.0.decisions.0', body)).toBe('x.decisions.0');
    expect(toDraftPath('items.0', body)).toBe('x');
    expect(toDraftPath('items.5.title', body)).toBe('items.5.title');
    expect(toDraftPath('items', body)).toBe('items');
  });
});
