/** Series, people and requests shared by the meetings tests (not exported from index.ts). */
import { createRequest } from '../requests';
import type { Person } from '../kernel/directory';
import type { DepartmentId, PersonId, TenantId } from '../kernel/ids';
import type { Request } from '../requests';
import { applyAction } from '../requests';
import { policy, validInput } from '../requests/test-fixtures';
import type { Agenda } from './agenda-item';
import {
  createMeetingSeries,
  type MeetingSeries,
  type NewMeetingSeriesInput,
} from './meeting-series';

export const tenant = 'tenant-1' as TenantId;
export const sales = 'sales' as DepartmentId;
export const marketing = 'marketing' as DepartmentId;
export const logistics = 'logistics' as DepartmentId;

const person = (id: string, name: string, departmentId: DepartmentId, role: Person['role']) =>
  ({
    id: id as PersonId,
    tenantId: tenant,
    displayName: name,
    email: `${id}@example.com`,
    departmentId,
    branchId: null,
    role,
  }) satisfies Person;

export const people = {
  mona: person('mona', 'Mona Marketing-Head', marketing, 'head'),
  sam: person('sam', 'Sam Sales-Head', sales, 'head'),
  rita: person('rita', 'Рита Продажи', sales, 'member'),
  mark: person('mark', 'Mark, "the" Analyst; Marketing', marketing, 'member'),
  leo: person('leo', 'Leo Logistics', logistics, 'head'),
};

export function weeklySeries(
  timeZone: string,
  overrides: Partial<NewMeetingSeriesInput['recurrence']> = {},
  input: Partial<NewMeetingSeriesInput> = {},
): MeetingSeries {
  return createMeetingSeries(
    {
      title: 'Joint planning: Marketing × Sales',
      departmentIds: [marketing, sales],
      requiredAttendeeIds: [people.sam.id, people.rita.id],
      optionalAttendeeIds: [people.mark.id],
      durationMinutes: 60,
      recurrence: {
        weekdays: [2],
        localTime: '10:00',
        timeZone,
        startDate: '2026-03-03',
        ...overrides,
      },
      ...input,
    },
    { id: 'series-1', tenantId: tenant, organiserId: people.mona.id },
  );
}

/** A request raised by `requester` to `to` at `createdAt`, then moved on by `answerer` if given. */
export function requestBetween(
  id: string,
  requester: Person,
  to: DepartmentId,
  createdAt: number,
  answeredBy?: Person,
): Request {
  const raised = createRequest(
    { toDepartmentId: to, typeId: 'question', priority: 'normal', title: `Request ${id}` },
    requester,
    policy,
    createdAt,
    'Europe/Moscow',
    { requestId: id, eventId: `${id}-0` },
  );
  return answeredBy
    ? applyAction(raised, validInput.answer, answeredBy, createdAt + 60_000, 'UTC', `${id}-1`)
    : raised;
}

export function emptyAgendaOf(series: MeetingSeries, occurrenceDate = '2026-03-10'): Agenda {
  return { tenantId: series.tenantId, seriesId: series.id, occurrenceDate, items: [] };
}
