/** A card preview click becomes the invoke Teams would send, from the caller of the token. */
import type { Person } from '@tandem/shared';
import { DEMO } from '../../platform/local/demo-directory';
import { demoTenantId, makeDemoDirectory } from '../../platform/testing/in-memory-directory';
import { actorOf, cardLocaleOf, conversationOf } from '../../platform/teams/activity-facts';
import { previewInvokeActivity } from './card-preview-activity';

let caller: Person;
beforeAll(async () => {
  const found = await makeDemoDirectory().findPerson(demoTenantId, DEMO.marketer as Person['id']);
  if (!found) throw new Error('No demo marketer');
  caller = found;
});

it('names the caller as the actor, whatever the data claims', () => {
  const forged = {
    requestId: 'r-1',
    etag: '"2-e"',
    userId: DEMO.executive,
    from: { aadObjectId: DEMO.executive },
    tenantId: 'another-tenant',
  };
  const activity = previewInvokeActivity(
    caller,
    { verb: 'acknowledge', data: forged },
    'en',
    'a-1',
  );
  expect(actorOf(activity)).toEqual({ tenantId: demoTenantId, objectId: DEMO.marketer });
  expect(activity).toMatchObject({
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb: 'acknowledge', data: forged } },
  });
  expect(conversationOf(activity)?.scope).toBe('personal');
});

it('speaks the language of the page', () => {
  const click = { verb: 'refresh', data: {} };
  expect(cardLocaleOf(previewInvokeActivity(caller, click, 'ru', 'a-2'))).toBe('ru');
  expect(cardLocaleOf(previewInvokeActivity(caller, click, 'en', 'a-3'))).toBe('en');
});
