import { cardLinkTarget } from './card-link';

const deepLink = (webUrl: string) =>
  `https://teams.microsoft.com/l/entity/app-1/requests?webUrl=${encodeURIComponent(webUrl)}` +
  `&label=Banner&context=${encodeURIComponent(JSON.stringify({ subEntityId: 'r-1' }))}`;

describe('cardLinkTarget', () => {
  it('opens the request or approval of a Teams deep link into the tab', () => {
    expect(cardLinkTarget(deepLink('https://tandem.example.com/?request=r-1'))).toEqual({
      kind: 'request',
      id: 'r-1',
    });
    expect(cardLinkTarget(deepLink('https://tandem.example.com/?approval=a%207'))).toEqual({
      kind: 'approval',
      id: 'a 7',
    });
  });

  it('reads a plain link to the tab the same way', () => {
    expect(cardLinkTarget('http://127.0.0.1:7071/?approval=ap-2#/approvals')).toEqual({
      kind: 'approval',
      id: 'ap-2',
    });
  });

  it('leaves other web pages to a new window, and follows nothing but http(s)', () => {
    expect(cardLinkTarget('https://contoso.example/promo?x=1')).toEqual({
      kind: 'external',
      url: 'https://contoso.example/promo?x=1',
    });
    expect(cardLinkTarget(deepLink('javascript:alert(1)'))).toEqual({
      kind: 'external',
      url: deepLink('javascript:alert(1)'),
    });
    expect(cardLinkTarget('javascript:alert(1)')).toEqual({ kind: 'refused' });
    expect(cardLinkTarget('not a url')).toEqual({ kind: 'refused' });
  });
});
