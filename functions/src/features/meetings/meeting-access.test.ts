import { expect } from '@jest/globals';
import type { Person } from '@tandem/shared';
import { people, weeklySeries } from '../../../../shared/src/meetings/test-series';
import {
  assertCanCurateMeeting,
  assertCanReadMeeting,
  assertCanSchedule,
  canCurateMeeting,
  canReadMeeting,
} from './meeting-access';

const series = weeklySeries('Europe/Moscow'); // Marketing × Sales, organised by Mona
const as = (person: Person, changes: Partial<Person>) => ({ ...person, ...changes });

describe('who may do what with a meeting', () => {
  it.each([
    ['the organiser', people.mona, true, true],
    ['a head of one of its departments', people.sam, true, true],
    ['a member of one of its departments', people.mark, true, false],
    [
      'an attendee from another department',
      as(people.leo, { id: series.requiredAttendeeIds[1]! }),
      true,
      false,
    ],
    ['a head of another department', people.leo, false, false],
    ['an executive', as(people.leo, { role: 'executive' }), true, true],
    ['an admin', as(people.leo, { role: 'admin' }), true, true],
  ])('%s: read %s, curate %s', (_who, person, read, curate) => {
    expect([canReadMeeting(series, person), canCurateMeeting(series, person)]).toEqual([
      read,
      curate,
    ]);
  });

  it('hides another tenant’s meeting (404) and refuses outsiders (403)', () => {
    const stranger = as(people.mona, { tenantId: 'tenant-2' as Person['tenantId'] });
    expect(() => assertCanReadMeeting(series, stranger)).toThrow(
      expect.objectContaining({ _tag: 'NotFound' }),
    );
    expect(() => assertCanCurateMeeting(series, stranger)).toThrow(
      expect.objectContaining({ _tag: 'NotFound' }),
    );
    expect(() => assertCanReadMeeting(series, people.leo)).toThrow(
      expect.objectContaining({ _tag: 'Forbidden' }),
    );
    expect(() => assertCanCurateMeeting(series, people.mark)).toThrow(
      expect.objectContaining({ _tag: 'Forbidden' }),
    );
  });

  it('lets heads schedule for their own department only', () => {
    expect(() => assertCanSchedule(['marketing', 'sales'], people.sam)).not.toThrow();
    expect(() => assertCanSchedule(['marketing', 'logistics'], people.sam)).toThrow(
      'own department',
    );
    expect(() => assertCanSchedule(['marketing', 'sales'], people.mark)).toThrow(
      'Only department heads',
    );
    expect(() =>
      assertCanSchedule(['logistics', 'finance'], as(people.mark, { role: 'executive' })),
    ).not.toThrow();
  });
});
