import { newAgendaItemInputSchema } from '@tandem/shared/meetings';
import { type ProposalValues, toAgendaItemInput } from './agenda-item-values';

const values: ProposalValues = {
  title: 'Spring promotion: heaters for Barnaul',
  ownerId: 'p-101',
  timeBoxMinutes: '15',
  kind: 'promotion-planning',
  linkType: 'none',
  linkId: '',
};

describe('toAgendaItemInput', () => {
  it('sends no link when the item is about nothing in particular', () => {
    expect(toAgendaItemInput(values)).toEqual({
      title: 'Spring promotion: heaters for Barnaul',
      ownerId: 'p-101',
      timeBoxMinutes: 15,
      kind: 'promotion-planning',
    });
  });

  it('takes a request id, or the id out of a pasted link to the request', () => {
    expect(toAgendaItemInput({ ...values, linkType: 'request', linkId: ' r-42 ' }).link).toEqual({
      requestId: 'r-42',
    });
    const pasted = 'https://tab.example/?lang=en&request=r%2D42#/';
    expect(toAgendaItemInput({ ...values, linkType: 'request', linkId: pasted }).link).toEqual({
      requestId: 'r-42',
    });
    expect(
      toAgendaItemInput({ ...values, linkType: 'campaign', linkId: 'spring-26' }).link,
    ).toEqual({ campaignId: 'spring-26' });
  });

  it('leaves an empty time box invalid for the shared schema instead of sending 0', () => {
    const input = toAgendaItemInput({ ...values, timeBoxMinutes: ' ' });
    expect(newAgendaItemInputSchema.safeParse(input).success).toBe(false);
    expect(newAgendaItemInputSchema.safeParse(toAgendaItemInput(values)).success).toBe(true);
  });
});
