import { alertOf } from './sla-alert-notifier';

const requestId = '6f0c5e1a-2b3c-4d5e-8f90-a1b2c3d4e5f6';
const personId = '00000000-0000-4000-a000-000000000101';

describe('alertOf', () => {
  it('reads the clock and percentage of the escalation step from the sweep’s notification id', () => {
    expect(
      alertOf({
        id: `${requestId}:firstResponse:75:responder-head:${personId}`,
        requestId,
        personId,
      }),
    ).toEqual({ clock: 'firstResponse', atPercent: 75 });
    expect(
      alertOf({ id: `${requestId}:resolution:100:executive:${personId}`, requestId, personId }),
    ).toEqual({ clock: 'resolution', atPercent: 100 });
  });

  it('reads nothing from an id of another shape or of another request or person', () => {
    const ids = [
      `${requestId}:created:${personId}`,
      `${requestId}:resolution:100:executive:someone-else`,
      `other-request:resolution:100:executive:${personId}`,
      `${requestId}:lunch:100:executive:${personId}`,
    ];
    for (const id of ids) expect(alertOf({ id, requestId, personId })).toBeUndefined();
  });
});
