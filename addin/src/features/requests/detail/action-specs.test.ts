import { actionBody, actionSpecs } from './action-specs';

describe('actionBody', () => {
  it('puts the text in the field the API reads for each action', () => {
    expect(actionBody('answer', 'In stock', null)).toEqual({ text: 'In stock' });
    expect(actionBody('decline', 'No budget', null)).toEqual({ reason: 'No budget' });
    expect(actionBody('wait', 'Which store?', null)).toEqual({ comment: 'Which store?' });
  });

  it('leaves out a blank optional comment but sends a blank required text for the API to refuse', () => {
    expect(actionBody('acknowledge', '   ', null)).toEqual({});
    expect(actionBody('acknowledge', 'On it', null)).toEqual({ comment: 'On it' });
    expect(actionBody('answer', '', null)).toEqual({ text: '' });
  });

  it('adds the target department for a reassignment', () => {
    expect(actionBody('reassign', 'Logistics owns stock', 'logistics')).toEqual({
      comment: 'Logistics owns stock',
      toDepartmentId: 'logistics',
    });
    expect(actionBody('reassign', 'x', null)).toEqual({ comment: 'x', toDepartmentId: '' });
  });

  it('covers the eleven actions of the API', () => {
    expect(Object.keys(actionSpecs)).toHaveLength(11);
  });
});
