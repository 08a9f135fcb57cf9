/**
 * The virtualised list: rows have one fixed height, only the rows in view (plus a few) are in
 * the DOM, and the next page loads when the end comes near (the button stays for keyboards).
 */
import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { type UIEvent, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { describeError } from '../../app/status-views';
import { useT } from '../../app/i18n/i18n-context';
import { useListStyles } from './request-list.styles';
import { RequestRow } from './request-row';
import { ROW_HEIGHT } from './request-row.styles';
import { useNow } from '../../ui/use-now';
import type { useRequestList } from './use-request-list';
import { computeWindow, nearEnd } from './windowing';

interface ListProps {
  readonly list: ReturnType<typeof useRequestList>;
  readonly box: 'inbox' | 'outbox';
  readonly selectedId: string | null;
  onOpen: (id: string) => void;
}

const OVERSCAN = 6;
const PREFETCH_PX = ROW_HEIGHT * 10;

export function RequestList({ list, box, selectedId, onOpen }: ListProps) {
  const t = useT();
  const styles = useListStyles();
  const now = useNow(60_000);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);
  const { items, continuation, status, loadingMore, loadMore } = list;

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setViewport(el.clientHeight);
    const observer = new ResizeObserver(() => setViewport(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (status === 'loading' && scroller.current) {
      scroller.current.scrollTop = 0;
      setScrollTop(0);
    }
  }, [status]);

  const totalHeight = items.length * ROW_HEIGHT;
  // Fill the viewport: a first page shorter than the screen would never get a scroll event.
  useEffect(() => {
    if (continuation && viewport > 0 && nearEnd(scrollTop, viewport, totalHeight, PREFETCH_PX)) {
      loadMore();
    }
  }, [continuation, viewport, scrollTop, totalHeight, loadMore]);

  const frame = useRef(0);
  const onScroll = useCallback((e: UIEvent<HTMLDivElement>) => {
    const top = e.currentTarget.scrollTop;
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setScrollTop(top));
  }, []);

  const win = computeWindow({
    scrollTop,
    viewportHeight: viewport,
    rowHeight: ROW_HEIGHT,
    count: items.length,
    overscan: OVERSCAN,
  });
  const setSize = continuation ? -1 : items.length;
  const rows = [];
  for (let i = win.start; i < win.end; i++) {
    const r = items[i];
    if (!r) continue;
    rows.push(
      <RequestRow
        key={r.id}
        request={r}
        index={i}
        setSize={setSize}
        box={box}
        selected={r.id === selectedId}
        now={now}
        onOpen={onOpen}
      />,
    );
  }

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      onScroll={onScroll}
      data-testid="request-list"
      data-state={status}
      data-count={items.length}
      data-has-more={continuation ? 'true' : 'false'}
      aria-busy={status === 'loading' || loadingMore}
    >
      {status === 'loading' && (
        <div className={styles.center}>
          <Spinner label={t('app.loading')} />
        </div>
      )}
      {status === 'error' && (
        <MessageBar intent="error" className={styles.error}>
          <MessageBarBody>{describeError(list.error, t)}</MessageBarBody>
        </MessageBar>
      )}
      {status === 'ready' && items.length === 0 && (
        <div className={styles.center} data-testid="list-empty">
          <p className={styles.emptyTitle}>{t('list.empty')}</p>
          <p className={styles.emptyText}>
            {t(box === 'inbox' ? 'list.emptyInbox' : 'list.emptyOutbox')}
          </p>
        </div>
      )}
      {items.length > 0 && (
        <div
          role="list"
          aria-label={t('list.label')}
          className={styles.rows}
          style={{ height: win.totalHeight }}
        >
          {rows}
        </div>
      )}
      {continuation && status === 'ready' && (
        <div className={styles.more}>
          <Button data-testid="load-more" onClick={loadMore} disabled={loadingMore}>
            {loadingMore ? t('list.loadingMore') : t('list.loadMore')}
          </Button>
        </div>
      )}
    </div>
  );
}
