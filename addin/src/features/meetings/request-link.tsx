/**
 * A link to a request: `?request=<id>` opens it on the requests page (also in a new browser tab),
 * a plain click switches page without reloading. It reads the request's title and status when
 * the caller may see the request, and falls back to a neutral label when not.
 */
import { Link } from '@fluentui/react-components';
import { type MouseEvent, useEffect, useState } from 'react';
import { useOpenRequest, useRequestsApi } from '../requests';
import { useT } from '../../app/i18n/i18n-context';

export function requestHref(requestId: string, current: string = location.href): string {
  const url = new URL(current);
  url.searchParams.set('request', requestId);
  url.hash = '#/';
  return `${url.pathname}${url.search}${url.hash}`;
}

export function RequestLink({ requestId, testId }: { requestId: string; testId: string }) {
  const t = useT();
  const api = useRequestsApi();
  const openRequest = useOpenRequest();
  const [label, setLabel] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.getRequest(requestId).then(
      (r) => live && setLabel(`${r.title} (${t(`status.${r.status}`)})`),
      // Not visible to the caller (or gone): the link still opens it for those who may.
      () => live && setLabel(null),
    );
    return () => void (live = false);
  }, [api, requestId, t]);

  const onClick = (e: MouseEvent) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    openRequest(requestId);
  };

  return (
    <Link
      href={requestHref(requestId)}
      onClick={onClick}
      data-testid={testId}
      data-request-id={requestId}
    >
      {label ?? t('meetings.openRequest')}
    </Link>
  );
}
