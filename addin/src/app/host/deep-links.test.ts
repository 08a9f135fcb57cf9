import { type DeepLinkRule, startLinks, toSubEntityId } from './deep-links';

// Two pages as the registry declares them: one takes bare ids, the other `vote:<id>`.
const rules = new Map<string, DeepLinkRule>([
  ['threads', { param: 'thread', subEntityPrefix: '' }],
  ['votes', { param: 'vote', subEntityPrefix: 'vote:' }],
]);

function deepLinks(thread: string | null, vote: string | null, subPageId: string | null) {
  const q = new URLSearchParams();
  if (thread !== null) q.set('thread', thread);
  if (vote !== null) q.set('vote', vote);
  const links = startLinks(rules, `?${q.toString()}`, subPageId);
  return { openThreadId: links.threads ?? null, openVoteId: links.votes ?? null };
}

describe('deep links at start', () => {
  it('opens an item of the bare-id page from its parameter or a bare subPageId', () => {
    expect(deepLinks('r-1', null, null)).toEqual({ openThreadId: 'r-1', openVoteId: null });
    expect(deepLinks(null, null, 'r-2')).toEqual({ openThreadId: 'r-2', openVoteId: null });
  });

  it('opens a prefixed item from its parameter or its subPageId, never as a bare id', () => {
    expect(deepLinks(null, 'a-1', null)).toEqual({ openThreadId: null, openVoteId: 'a-1' });
    expect(deepLinks(null, null, 'vote:a-2')).toEqual({ openThreadId: null, openVoteId: 'a-2' });
    expect(deepLinks(null, null, 'vote:')).toEqual({ openThreadId: null, openVoteId: null });
  });

  it('prefers the address over the host context', () => {
    expect(deepLinks('r-1', 'a-1', 'vote:a-2')).toEqual({ openThreadId: 'r-1', openVoteId: 'a-1' });
  });

  it('formats the subPageId it reads', () => {
    const vote = rules.get('votes');
    expect(vote && deepLinks(null, null, toSubEntityId(vote, 'a-3')).openVoteId).toBe('a-3');
  });
});
