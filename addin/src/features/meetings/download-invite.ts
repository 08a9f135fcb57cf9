/**
 * Saving the invitation file. The API wants the bearer token, which a plain `<a href>` cannot
 * send, so the file is fetched here and handed to the browser as a Blob with a file name.
 */
import { ApiProblem } from '../../app/api/api-problem';

export interface InviteSource {
  readonly url: string;
  getToken: (refresh?: boolean) => Promise<string>;
  readonly fetch?: typeof fetch;
}

export async function fetchInvite(source: InviteSource): Promise<{ blob: Blob; fileName: string }> {
  const doFetch = source.fetch ?? fetch.bind(globalThis);
  const send = async (refresh: boolean) => {
    const token = await source.getToken(refresh);
    try {
      return await doFetch(source.url, {
        headers: { accept: 'text/calendar', authorization: `Bearer ${token}` },
      });
    } catch (err) {
      throw ApiProblem.network(err);
    }
  };
  let res = await send(false);
  if (res.status === 401) res = await send(true);
  if (!res.ok) {
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not problem+json: the status text is all there is to show.
    }
    throw ApiProblem.fromBody(res.status, res.statusText, body);
  }
  const blob = await res.blob();
  return { blob, fileName: fileNameFrom(res.headers.get('content-disposition'), 'meeting.ics') };
}

export async function downloadInvite(source: InviteSource): Promise<void> {
  const { blob, fileName } = await fetchInvite(source);
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** The file name of a Content-Disposition header (RFC 6266: filename* wins over filename). */
export function fileNameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)?.[1];
  if (extended) {
    try {
      return safeName(decodeURIComponent(extended.trim()), fallback);
    } catch {
      // A malformed escape: fall back to the plain parameter.
    }
  }
  const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/.exec(header)?.[1];
  const plain = quoted ?? /filename\s*=\s*([^;]+)/.exec(header)?.[1]?.trim();
  return plain ? safeName(plain.replace(/\\(.)/g, '$1'), fallback) : fallback;
}

/** No path separators or control characters reach the saved file's name. */
function safeName(name: string, fallback: string): string {
  const clean = name.replace(/[\\/\u0000-\u001f]/g, '_').trim();
  return clean === '' ? fallback : clean;
}
