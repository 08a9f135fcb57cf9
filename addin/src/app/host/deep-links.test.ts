import { deepLinks } from './deep-links';

describe('deep links at start', () => {
  it('opens a request from ?request= or a bare subPageId', () => {
    expect(deepLinks('r-1', null, null)).toEqual({ openRequestId: 'r-1', openApprovalId: null });
    expect(deepLinks(null, null, 'r-2')).toEqual({ openRequestId: 'r-2', openApprovalId: null });
  });

  it('opens an approval from ?approval= or an approval: subPageId, never as a request', () => {
    expect(deepLinks(null, 'a-1', null)).toEqual({ openRequestId: null, openApprovalId: 'a-1' });
    expect(deepLinks(null, null, 'approval:a-2')).toEqual({
      openRequestId: null,
      openApprovalId: 'a-2',
    });
    expect(deepLinks(null, null, 'approval:')).toEqual({
      openRequestId: null,
      openApprovalId: null,
    });
  });

  it('prefers the address over the host context', () => {
    expect(deepLinks('r-1', 'a-1', 'approval:a-2')).toEqual({
      openRequestId: 'r-1',
      openApprovalId: 'a-1',
    });
  });
});
