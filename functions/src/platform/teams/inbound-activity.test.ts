import { isDomainError } from '@tandem/shared';
import { makeActivityCheck } from './inbound-activity';

const activity = (serviceUrl: unknown, type: unknown = 'message') => ({
  type,
  serviceUrl,
  from: { id: '29:1' },
  conversation: { id: 'a:1' },
});

function refused(check: (body: unknown) => unknown, body: unknown): boolean {
  try {
    check(body);
    return false;
  } catch (err) {
    return isDomainError(err) && err._tag === 'ValidationFailed';
  }
}

describe('the activity check', () => {
  const azure = makeActivityCheck({ mode: 'azure' });
  const local = makeActivityCheck({ mode: 'local' });

  it('lets Bot Framework hosts over https in, in azure mode', () => {
    for (const url of [
      'https://smba.trafficmanager.net/emea/',
      'https://smba.infra.gcc.teams.microsoft.com/',
      'https://europe.webchat.botframework.com/',
    ]) {
      expect(refused(azure, activity(url))).toBe(false);
    }
  });

  it('refuses other hosts, http, credentials and loopback in azure mode', () => {
    for (const url of [
      'http://smba.trafficmanager.net/emea/',
      'https://evil.example/',
      'https://smba.trafficmanager.net.evil.example/',
      'https://user:pw@smba.trafficmanager.net/',
      'http://127.0.0.1:3978/',
      'ftp://x/',
    ]) {
      expect(refused(azure, activity(url))).toBe(true);
    }
  });

  it('takes only this machine in local mode, and the configured BOT_SERVICE_URL', () => {
    expect(refused(local, activity('http://127.0.0.1:9/emea/'))).toBe(false);
    expect(refused(local, activity('http://localhost:9/'))).toBe(false);
    expect(refused(local, activity('https://smba.trafficmanager.net/emea/'))).toBe(true);
    const stand = makeActivityCheck({ mode: 'local', serviceUrlOverride: 'http://relay:8080' });
    expect(refused(stand, activity('http://relay:8080/x/'))).toBe(false);
  });

  it('refuses unknown types and non-string fields', () => {
    expect(refused(local, activity('http://127.0.0.1/', 'explode'))).toBe(true);
    expect(refused(local, activity(12))).toBe(true);
    expect(refused(local, null)).toBe(true);
    expect(refused(local, [])).toBe(true);
  });
});
