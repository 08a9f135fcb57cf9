import { requestDeepLink } from './tab-link';

it('links into the personal tab with the request as sub-entity and a web fallback', () => {
  const url = new URL(
    requestDeepLink(
      { appId: 'app-1', webUrl: 'https://tandem.example.com/' },
      'req 7',
      'Stock & more',
    ),
  );
  expect(url.origin + url.pathname).toBe('https://teams.microsoft.com/l/entity/app-1/requests');
  expect(url.searchParams.get('webUrl')).toBe('https://tandem.example.com/?request=req+7');
  expect(url.searchParams.get('label')).toBe('Stock & more');
  expect(JSON.parse(url.searchParams.get('context') ?? '')).toEqual({ subEntityId: 'req 7' });
  expect(url.search).not.toContain('+');
});
