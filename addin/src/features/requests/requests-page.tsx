/**
 * The tab's main screen: inbox and outbox with filters, the virtualised list, the detail panel
 * and the new-request form (both loaded on first use to keep the first load small).
 */
import { Button, Spinner, Tab, TabList } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import type { RequestDto } from '@tandem/shared/browser';
import { useItemToOpen } from '../../app/page-context';
import { useSession } from '../../app/session-context';
import { useHost } from '../../app/host/host-context';
import { useT } from '../../app/i18n/i18n-context';
import { NotificationsButton, useNotifications } from '../notifications';
import { useOpenApproval } from '../approvals';
import { AppHeader } from '../../app/shell/app-header';
import { SuccessNotice } from '../../ui/success-notice';
import { useMediaQuery } from '../../ui/use-media-query';
import { RequestFiltersBar } from './request-filters';
import { type RequestFilters, noFilters } from './request-filters-state';
import { RequestList } from './request-list';
import { usePageStyles } from './requests-page.styles';
import { requestsPageId } from './open-request';
import { useDebounced } from './use-debounced';
import { useRequestList } from './use-request-list';

const RequestDetail = lazy(() => import('./detail/request-detail'));
const NewRequestDialog = lazy(() => import('./new-request/new-request-dialog'));

type Box = 'inbox' | 'outbox';

/** How often the list's SLA figures are brought up to date. */
const REFRESH_MS = 60_000;

export function RequestsPage() {
  const t = useT();
  const host = useHost();
  const { me } = useSession();
  const styles = usePageStyles();
  const channelDept = host.channelDepartmentId;
  const [box, setBox] = useState<Box>(
    channelDept && channelDept !== me.person.departmentId ? 'outbox' : 'inbox',
  );
  const [filters, setFilters] = useState<RequestFilters>(noFilters);
  const [search, setSearch] = useState('');
  const q = useDebounced(search, 300);
  const list = useRequestList(box, { ...filters, q });
  const notifications = useNotifications();
  const openApproval = useOpenApproval();
  const toOpen = useItemToOpen(requestsPageId);
  const [selectedId, setSelectedId] = useState<string | null>(toOpen.pending?.id ?? toOpen.atStart);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const wide = useMediaQuery('(min-width: 900px)');

  useEffect(() => host.notifyLoaded(), [host]);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 8000);
    return () => clearTimeout(timer);
  }, [notice]);

  const { replaceItem, reload, refresh } = list;
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  const refreshNotifications = notifications.refresh;
  const onChanged = useCallback(
    (dto: RequestDto) => {
      replaceItem(dto);
      refreshNotifications();
    },
    [replaceItem, refreshNotifications],
  );
  const onCreated = useCallback(
    (dto: RequestDto) => {
      setCreating(false);
      setNotice(t('newRequest.sent', { title: dto.title }));
      if (box === 'outbox') reload();
      else setBox('outbox');
      refreshNotifications();
    },
    [box, reload, refreshNotifications, t],
  );

  const count = t(list.continuation ? 'list.countMore' : 'list.count', {
    count: list.items.length,
  });

  return (
    <div className={styles.app}>
      <AppHeader
        actions={
          <NotificationsButton
            state={notifications}
            onOpenRequest={setSelectedId}
            onOpenApproval={openApproval}
          />
        }
      />
      <div className={styles.content}>
        <main className={styles.main}>
          <div className={styles.toolbar}>
            <TabList
              selectedValue={box}
              onTabSelect={(_, data) => setBox(data.value as Box)}
              aria-label={t('box.label')}
            >
              <Tab value="inbox" data-testid="box-inbox">
                {t('box.inbox')}
              </Tab>
              <Tab value="outbox" data-testid="box-outbox">
                {t('box.outbox')}
              </Tab>
            </TabList>
            {list.status === 'ready' && (
              <span className={styles.count} aria-live="polite">
                {count}
              </span>
            )}
            <div className={styles.spacer} />
            <Button
              className={styles.newButton}
              appearance="primary"
              icon={<Add20Regular />}
              data-testid="new-request-button"
              onClick={() => setCreating(true)}
            >
              {t('newRequest.button')}
            </Button>
          </div>
          <RequestFiltersBar
            filters={filters}
            search={search}
            onChange={setFilters}
            onSearch={setSearch}
          />
          <SuccessNotice
            message={notice}
            testId="notice"
            className={styles.notice}
            dismissLabel={t('common.close')}
            onDismiss={() => setNotice(null)}
          />
          <RequestList list={list} box={box} selectedId={selectedId} onOpen={setSelectedId} />
        </main>
        {selectedId && (
          <Suspense fallback={<Spinner />}>
            <RequestDetail
              key={selectedId}
              requestId={selectedId}
              inline={wide}
              onClose={() => setSelectedId(null)}
              onChanged={onChanged}
            />
          </Suspense>
        )}
      </div>
      {creating && (
        <Suspense fallback={null}>
          <NewRequestDialog onClose={() => setCreating(false)} onCreated={onCreated} />
        </Suspense>
      )}
    </div>
  );
}
