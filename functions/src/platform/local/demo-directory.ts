/**
 * The demo tenant of `npm start`, after the brief: head office in Moscow with Marketing, Sales,
 * Logistics and Finance; branches in Murmansk, Krasnoyarsk and Barnaul in their own time zones.
 */
import type { BusinessCalendarSpec, SlaPolicyInput } from '@tandem/shared';

export const DEMO_TENANT_ID = '7d1c2b3a-5e4f-4a6b-9c8d-0e1f2a3b4c5d';

const hours = [
  { start: '09:00', end: '13:00' },
  { start: '14:00', end: '18:00' },
];
const week = { 1: hours, 2: hours, 3: hours, 4: hours, 5: hours };

// The official calendar: Labour Code art. 112 and the government's yearly decrees, shipped with
// the calendar engine, so a moved day off (31 Dec 2026, 11 May 2026) needs no override here.
const calendar = (id: string, name: string, timeZone: string): BusinessCalendarSpec => ({
  id,
  name,
  timeZone,
  week,
  holidays: { country: 'RU', officialMoves: true },
});

export const demoCalendars: BusinessCalendarSpec[] = [
  calendar('moscow-ho', 'Head office (Moscow)', 'Europe/Moscow'),
  calendar('murmansk', 'Murmansk branch', 'Europe/Moscow'),
  calendar('krasnoyarsk', 'Krasnoyarsk branch', 'Asia/Krasnoyarsk'),
  calendar('barnaul', 'Barnaul branch', 'Asia/Barnaul'),
];

export const demoDepartments = [
  { id: 'marketing', name: 'Marketing', nameRu: 'Маркетинг' },
  { id: 'sales', name: 'Sales', nameRu: 'Продажи' },
  { id: 'logistics', name: 'Logistics', nameRu: 'Логистика' },
  { id: 'finance', name: 'Finance', nameRu: 'Финансы' },
  { id: 'management', name: 'Management', nameRu: 'Руководство' },
].map((d) => ({ ...d, calendarId: 'moscow-ho', kind: 'department' as const }));

export const demoBranches = [
  {
    id: 'murmansk',
    name: 'Murmansk',
    nameRu: 'Мурманск',
    city: 'Murmansk',
    calendarId: 'murmansk',
  },
  {
    id: 'krasnoyarsk',
    name: 'Krasnoyarsk',
    nameRu: 'Красноярск',
    city: 'Krasnoyarsk',
    calendarId: 'krasnoyarsk',
  },
  { id: 'barnaul', name: 'Barnaul', nameRu: 'Барнаул', city: 'Barnaul', calendarId: 'barnaul' },
];

const person = (
  n: number,
  displayName: string,
  departmentId: string,
  role: string,
  branchId: string | null = null,
) => ({
  id: `00000000-0000-4000-a000-000000000${String(n).padStart(3, '0')}`,
  displayName,
  email: `${displayName.split(' ')[0]!.toLowerCase()}@contoso-trading.example`,
  departmentId,
  branchId,
  role,
});

export const demoPeople = [
  person(101, 'Anna Smirnova', 'marketing', 'head'),
  person(102, 'Dmitry Volkov', 'marketing', 'member'),
  person(103, 'Ksenia Belova', 'marketing', 'member'),
  person(201, 'Olga Petrova', 'sales', 'head'),
  person(202, 'Ivan Kuznetsov', 'sales', 'member', 'murmansk'),
  person(203, 'Sergey Orlov', 'sales', 'member', 'krasnoyarsk'),
  person(204, 'Elena Morozova', 'sales', 'member', 'barnaul'),
  person(205, 'Maxim Popov', 'sales', 'member'),
  person(301, 'Pavel Sokolov', 'logistics', 'head'),
  person(302, 'Maria Lebedeva', 'logistics', 'member'),
  person(401, 'Natalia Fedorova', 'finance', 'head'),
  person(402, 'Yuri Egorov', 'finance', 'member'),
  person(501, 'Alexei Novikov', 'management', 'executive'),
  person(502, 'Irina Zaitseva', 'management', 'admin'),
];

export const DEMO = {
  marketingHead: demoPeople[0]!.id,
  marketer: demoPeople[1]!.id,
  marketer2: demoPeople[2]!.id,
  salesHead: demoPeople[3]!.id,
  murmanskRep: demoPeople[4]!.id,
  krasnoyarskRep: demoPeople[5]!.id,
  barnaulRep: demoPeople[6]!.id,
  salesRep: demoPeople[7]!.id,
  logisticsHead: demoPeople[8]!.id,
  logistician: demoPeople[9]!.id,
  financeHead: demoPeople[10]!.id,
  executive: demoPeople[12]!.id,
  admin: demoPeople[13]!.id,
} as const;

const chain = [
  { atPercent: 75, notify: 'responder-head' },
  { atPercent: 100, notify: 'responder-head' },
  { atPercent: 100, notify: 'executive' },
] as const;

export const demoSlaPolicies: SlaPolicyInput[] = [
  {
    id: 'default',
    requestTypeId: '*',
    priority: '*',
    departmentId: '*',
    firstResponseMinutes: 240,
    resolutionMinutes: 2400,
    escalation: [...chain],
  },
  {
    id: 'urgent',
    requestTypeId: '*',
    priority: 'urgent',
    departmentId: '*',
    firstResponseMinutes: 60,
    resolutionMinutes: 480,
    escalation: [...chain],
  },
  {
    id: 'stock-check',
    requestTypeId: 'stock-check',
    priority: '*',
    departmentId: 'logistics',
    firstResponseMinutes: 120,
    resolutionMinutes: 960,
    escalation: [...chain],
  },
  {
    id: 'ad-defect',
    requestTypeId: 'ad-defect',
    priority: '*',
    departmentId: 'marketing',
    firstResponseMinutes: 120,
    resolutionMinutes: 1440,
    escalation: [...chain],
  },
];
