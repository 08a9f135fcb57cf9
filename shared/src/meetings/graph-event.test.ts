import { deepFreeze, outcome } from '../requests/test-fixtures';
import { acceptAgendaItem, addAgendaItem } from './agenda-operations';
import { graphTransactionId, toGraphEvent, toGraphEventUpdate } from './graph-event';
import { emptyAgendaOf, people, weeklySeries } from './test-series';

const everyone = Object.values(people);
const newYork = deepFreeze(weeklySeries('America/New_York', { count: 10 }));
const agenda = deepFreeze(
  acceptAgendaItem(
    addAgendaItem(
      emptyAgendaOf(newYork),
      {
        title: 'Spring promo & stock',
        ownerId: people.sam.id,
        timeBoxMinutes: 20,
        kind: 'promotion-planning',
      },
      'p1',
    ),
    'p1',
  ),
);
const html =
  '<html><body><h2>Agenda: Joint planning: Marketing × Sales</h2><ol><li><strong>Spring promo &amp; stock</strong>' +
  '<br>20 min · Sam Sales-Head · Promotion planning</li></ol><p>Planned 20 of 60 min.</p></body></html>';

describe('toGraphEvent', () => {
  it('builds the create body: local times with a Windows zone, weekly pattern, attendees, Teams', () => {
    expect(toGraphEvent(newYork, agenda, everyone)).toStrictEqual({
      subject: 'Joint planning: Marketing × Sales',
      body: { contentType: 'html', content: html },
      start: { dateTime: '2026-03-03T10:00:00', timeZone: 'Eastern Standard Time' },
      end: { dateTime: '2026-03-03T11:00:00', timeZone: 'Eastern Standard Time' },
      recurrence: {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'], firstDayOfWeek: 'monday' },
        range: {
          type: 'numbered',
          startDate: '2026-03-03',
          numberOfOccurrences: 10,
          recurrenceTimeZone: 'Eastern Standard Time',
        },
      },
      attendees: [
        { emailAddress: { address: 'sam@example.com', name: 'Sam Sales-Head' }, type: 'required' },
        { emailAddress: { address: 'rita@example.com', name: 'Рита Продажи' }, type: 'required' },
        {
          emailAddress: { address: 'mark@example.com', name: 'Mark, "the" Analyst; Marketing' },
          type: 'optional',
        },
      ],
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      // Fixed on purpose: changing the derivation would defeat Graph's de-duplication of
      // creates that are retried across a deployment.
      transactionId: '501d3616-dd17-53ba-81df-81ef9ab828dd',
    });
  });

  it('starts the range on the first meeting day and ends it on the end date', () => {
    const moscow = weeklySeries('Europe/Moscow', {
      weekdays: [4, 1],
      endDate: '2026-06-30',
      interval: 2,
    });
    const event = toGraphEvent(moscow, emptyAgendaOf(moscow), everyone);
    expect([event.start, event.end, event.recurrence]).toStrictEqual([
      { dateTime: '2026-03-05T10:00:00', timeZone: 'Russian Standard Time' },
      { dateTime: '2026-03-05T11:00:00', timeZone: 'Russian Standard Time' },
      {
        pattern: {
          type: 'weekly',
          interval: 2,
          daysOfWeek: ['monday', 'thursday'],
          firstDayOfWeek: 'monday',
        },
        range: {
          type: 'endDate',
          startDate: '2026-03-05',
          endDate: '2026-06-30',
          recurrenceTimeZone: 'Russian Standard Time',
        },
      },
    ]);
    const open = weeklySeries('Europe/Moscow');
    expect(toGraphEvent(open, emptyAgendaOf(open), everyone).recurrence.range).toStrictEqual({
      type: 'noEnd',
      startDate: '2026-03-03',
      recurrenceTimeZone: 'Russian Standard Time',
    });
  });

  it('keeps the transaction id for retries of one revision and changes it for another', () => {
    expect(graphTransactionId(newYork)).toBe(toGraphEvent(newYork, agenda, everyone).transactionId);
    expect(graphTransactionId({ ...newYork, revision: 1 })).not.toBe(graphTransactionId(newYork));
    expect(graphTransactionId({ ...newYork, id: 'series-2' as never })).not.toBe(
      graphTransactionId(newYork),
    );
  });

  it('leaves the transaction id and the online meeting out of an update', () => {
    const { transactionId, isOnlineMeeting, onlineMeetingProvider, ...update } = toGraphEvent(
      newYork,
      agenda,
      everyone,
    );
    void [transactionId, isOnlineMeeting, onlineMeetingProvider];
    expect(toGraphEventUpdate(newYork, agenda, everyone)).toStrictEqual(update);
  });

  it('refuses a zone without a Windows name, a person not in the directory, and an empty series', () => {
    const kolkata = weeklySeries('Asia/Kolkata');
    expect(outcome(() => toGraphEvent(kolkata, emptyAgendaOf(kolkata), everyone))).toBe(
      'ValidationFailed',
    );
    expect(outcome(() => toGraphEvent(newYork, agenda, [people.mona, people.sam]))).toBe(
      'ValidationFailed',
    );
    const empty = weeklySeries('Europe/Moscow', { weekdays: [1], endDate: '2026-03-08' });
    expect(outcome(() => toGraphEvent(empty, emptyAgendaOf(empty), everyone))).toBe(
      'ValidationFailed',
    );
  });
});
