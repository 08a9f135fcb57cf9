import { actorOf, cardLocaleOf, channelRoot, conversationOf, tenantOf } from './activity-facts';

const base = {
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  from: { id: '29:1abc', aadObjectId: 'person-1' },
  recipient: { id: '28:bot' },
  conversation: { id: 'a:1personal', tenantId: 'tenant-1', conversationType: 'personal' },
};

describe('activity facts', () => {
  it('takes the actor from the sender and the tenant, nothing else', () => {
    expect(actorOf({ ...base, value: { action: { data: { userId: 'forged' } } } })).toEqual({
      tenantId: 'tenant-1',
      objectId: 'person-1',
    });
    expect(actorOf({ ...base, from: { id: '29:1abc' } })).toBeUndefined();
  });

  it('reads the tenant from the channel data too, and refuses two different tenants', () => {
    const channelOnly = {
      ...base,
      conversation: { id: 'x' },
      channelData: { tenant: { id: 'tenant-2' } },
    };
    expect(tenantOf(channelOnly)).toBe('tenant-2');
    expect(tenantOf({ ...base, channelData: { tenant: { id: 'tenant-2' } } })).toBeUndefined();
  });

  it('addresses a channel post to the channel, not to the thread it came from', () => {
    const address = conversationOf({
      ...base,
      locale: 'ru-RU',
      conversation: {
        id: '19:abc@thread.tacv2;messageid=1712345',
        tenantId: 'tenant-1',
        conversationType: 'channel',
      },
      channelData: { team: { id: '19:team@thread.tacv2' } },
    });
    expect(address).toEqual({
      tenantId: 'tenant-1',
      conversationId: '19:abc@thread.tacv2',
      serviceUrl: 'https://smba.trafficmanager.net/emea',
      scope: 'channel',
      teamId: '19:team@thread.tacv2',
      locale: 'ru',
    });
    expect(channelRoot('a:1personal')).toBe('a:1personal');
  });

  it('knows nothing without a service URL to answer to', () => {
    expect(conversationOf({ ...base, serviceUrl: 'ftp://nowhere' })).toBeUndefined();
    expect(cardLocaleOf({ locale: 'en-GB' })).toBe('en');
    expect(cardLocaleOf({})).toBe('en');
  });
});
