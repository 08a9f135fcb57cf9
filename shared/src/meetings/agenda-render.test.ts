import { acceptAgendaItem, addAgendaItem } from './agenda-operations';
import { agendaAsHtml, agendaAsText } from './agenda-render';
import { emptyAgendaOf, people, weeklySeries } from './test-series';

const series = weeklySeries('Europe/Moscow', {}, { title: 'Planning <Marketing & Sales>' });
const everyone = Object.values(people);
let agenda = emptyAgendaOf(series);
agenda = addAgendaItem(
  agenda,
  {
    title: 'Promo "Summer" <b>now</b>',
    ownerId: people.mark.id,
    timeBoxMinutes: 20,
    kind: 'promotion-planning',
    link: { campaignId: 'c-1' },
  },
  'p1',
);
agenda = addAgendaItem(
  agenda,
  { title: 'Not accepted', ownerId: people.sam.id, timeBoxMinutes: 5, kind: 'other' },
  'p2',
);
agenda = addAgendaItem(
  agenda,
  {
    title: 'Просрочен запрос',
    ownerId: people.rita.id,
    timeBoxMinutes: 10,
    kind: 'request-escalation',
    link: { requestId: 'req-9' },
  },
  'p3',
);
agenda = acceptAgendaItem(acceptAgendaItem(agenda, 'p3'), 'p1');

describe('agenda rendering', () => {
  it('lists the accepted items as text, in order, with time box, owner, kind and link', () => {
    expect(agendaAsText(series, agenda, everyone)).toBe(
      [
        'Agenda: Planning <Marketing & Sales>',
        '',
        '1. Promo "Summer" <b>now</b>',
        '   20 min · Mark, "the" Analyst; Marketing · Promotion planning · campaign c-1',
        '2. Просрочен запрос',
        '   10 min · Рита Продажи · Request escalation · request req-9',
        '',
        'Planned 30 of 60 min.',
      ].join('\n'),
    );
  });

  it('escapes everything people typed in the HTML', () => {
    const html = agendaAsHtml(series, agenda, everyone);
    expect(html).toContain('<h2>Agenda: Planning &lt;Marketing &amp; Sales&gt;</h2>');
    expect(html).toContain(
      '<li><strong>Promo &quot;Summer&quot; &lt;b&gt;now&lt;/b&gt;</strong><br>20 min · Mark, &quot;the&quot; Analyst; Marketing',
    );
    expect(html).not.toContain('Not accepted');
    expect(html).not.toMatch(/<b>now/);
  });

  it('says so when nothing is accepted yet', () => {
    expect(agendaAsText(series, emptyAgendaOf(series), everyone)).toContain('No items yet.');
    expect(agendaAsHtml(series, emptyAgendaOf(series), everyone)).toContain('<p>No items yet.</p>');
  });
});
