/**
 * Every request status × every kind of viewer × both languages: the card is valid 1.5, renders,
 * offers exactly the card actions the domain allows that viewer, and carries no person's id.
 */
import { expect } from '@jest/globals';
import { type Person, type RequestStatus, allowedActions, requestStatuses } from '@tandem/shared';
import { releaseCardDom } from '../../../platform/cards/card-test-dom';
import {
  type CardWorld,
  type ViewerRole,
  etag,
  loadCardWorld,
  requestIn,
  viewOf,
  viewerRoles,
} from '../testing/card-test-fixtures';
import { cardProblems, renderCard } from '../../../platform/cards/card-test-renderer';
import { actionsIn, executeActions, verbsOf } from '../../../platform/cards/card-test-walk';
import { cardLocales } from '../../../platform/cards/card-texts';
import { requestCard } from './request-card';

let world: CardWorld;
beforeAll(async () => {
  world = await loadCardWorld();
});
afterAll(releaseCardDom);

const onCards = ['acknowledge', 'answer', 'decline', 'cancel', 'close'];
const viewers: (ViewerRole | 'nobody')[] = [...viewerRoles, 'nobody'];
const cases = requestStatuses.flatMap((status) =>
  viewers.flatMap((viewer) => cardLocales.map((locale) => [status, viewer, locale] as const)),
);

describe.each(cases)('a %s request seen by %s (%s)', (status, role, locale) => {
  const build = () => {
    const request = requestIn(world, status);
    const viewer: Person | null = role === 'nobody' ? null : world.person(role);
    return { request, viewer, card: requestCard(viewOf(world, request, viewer, locale)) };
  };

  it('is a valid 1.5 card that renders without complaints', () => {
    const { card, request } = build();
    expect(cardProblems(card)).toEqual([]);
    const rendered = renderCard(card);
    expect(rendered.complaints).toEqual([]);
    expect(rendered.text).toContain(request.title);
    expect(rendered.text).not.toContain('{{');
  });

  it('offers exactly the allowed card actions, then "Open in Tandem"', () => {
    const { card, request, viewer } = build();
    const expected = viewer
      ? allowedActions(request, viewer).filter((a) => onCards.includes(a))
      : [];
    expect(verbsOf(card).sort()).toEqual([...expected].sort());
    expect(card.actions.at(-1)).toMatchObject({
      type: 'Action.OpenUrl',
      url: expect.stringMatching(/^https:\/\/teams\.microsoft\.com\/l\/entity\//),
    });
    expect(actionsIn(card).filter((a) => a.type === 'Action.OpenUrl')).toHaveLength(1);
  });

  it('sends back only the request id and ETag, and shows no person id', () => {
    const { card } = build();
    for (const action of [
      ...executeActions(card),
      ...(card.refresh ? [card.refresh.action] : []),
    ]) {
      expect(action.data).toEqual({ requestId: 'req-42', etag });
    }
    const json = JSON.stringify(card);
    for (const person of world.people) expect(json).not.toContain(person.id);
  });
});

describe('refresh', () => {
  const finished: RequestStatus[] = ['closed', 'declined', 'cancelled'];

  it.each(requestStatuses)(
    'asks Teams for per-user views of a %s request only while someone can act',
    (status) => {
      const card = requestCard(viewOf(world, requestIn(world, status), null));
      if (finished.includes(status)) {
        expect(card.refresh).toBeUndefined();
      } else {
        expect(card.refresh?.action).toMatchObject({ type: 'Action.Execute', verb: 'refresh' });
        expect(card.refresh).not.toHaveProperty('userIds');
      }
    },
  );
});
