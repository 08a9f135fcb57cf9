/**
 * The approvals page: what waits for my decision and what I asked for, an approval's detail with
 * the decisions the API allows me, and asking for a new one. `?approval=<id>` (a card's "Open in
 * Tandem" link, or the card preview) opens that approval's detail.
 */
import { Button, Tab, TabList } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import type { ApprovalBox, ApprovalDto } from '@tandem/shared/approvals';
import { useItemToOpen } from '../../app/page-context';
import { useHost } from '../../app/host/host-context';
import { useT } from '../../app/i18n/i18n-context';
import { PageFrame } from '../../app/shell/page-frame';
import { useMediaQuery } from '../../ui/use-media-query';
import { SuccessNotice } from '../../ui/success-notice';
import { ApprovalDetail } from './approval-detail';
import { ApprovalList } from './approval-list';
import { useApprovalsPageStyles } from './approvals-page.styles';
import { NewApprovalDialog } from './new-approval-dialog';
import { approvalsPageId } from './open-approval';
import { useApprovalList } from './use-approval-list';

export default function ApprovalsPage() {
  const t = useT();
  const host = useHost();
  const styles = useApprovalsPageStyles();
  const [box, setBox] = useState<ApprovalBox>('to-decide');
  const list = useApprovalList(box);
  const { pending, atStart } = useItemToOpen(approvalsPageId);
  const [selectedId, setSelectedId] = useState<string | null>(pending?.id ?? atStart);
  // A notification clicked while this page shows opens its approval here (state adjusted while
  // rendering, as React advises for a change of input, instead of an effect's second render).
  const [seenPending, setSeenPending] = useState(pending);
  if (pending !== seenPending) {
    setSeenPending(pending);
    if (pending) setSelectedId(pending.id);
  }
  // Opening a row again fetches the approval again: someone may have decided since.
  const [opened, setOpened] = useState(0);
  const open = useCallback((id: string) => {
    setSelectedId(id);
    setOpened((n) => n + 1);
  }, []);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const wide = useMediaQuery('(min-width: 900px)');

  useEffect(() => host.notifyLoaded(), [host]);
  const { replaceItem, reload } = list;
  const onCreated = useCallback(
    (dto: ApprovalDto) => {
      setCreating(false);
      setNotice(t('approvals.form.sent', { title: dto.title }));
      if (box === 'mine') reload();
      else setBox('mine');
      setSelectedId(dto.id);
    },
    [box, reload, t],
  );

  return (
    <PageFrame>
      <div className={styles.layout}>
        <main className={styles.main}>
          <div className={styles.toolbar}>
            <TabList
              selectedValue={box}
              onTabSelect={(_, data) => setBox(data.value as ApprovalBox)}
              aria-label={t('approvals.boxLabel')}
            >
              <Tab value="to-decide" data-testid="approvals-box-to-decide">
                {t('approvals.box.to-decide')}
              </Tab>
              <Tab value="mine" data-testid="approvals-box-mine">
                {t('approvals.box.mine')}
              </Tab>
            </TabList>
            {list.status === 'ready' && (
              <span className={styles.count} aria-live="polite">
                {t('approvals.count', { count: list.items.length })}
              </span>
            )}
            <div className={styles.spacer} />
            <Button
              appearance="primary"
              icon={<Add20Regular />}
              data-testid="new-approval-button"
              onClick={() => setCreating(true)}
            >
              {t('approvals.new')}
            </Button>
          </div>
          <SuccessNotice
            message={notice}
            testId="approvals-notice"
            className={styles.notice}
            dismissLabel={t('common.close')}
            onDismiss={() => setNotice(null)}
          />
          <ApprovalList list={list} box={box} selectedId={selectedId} onOpen={open} />
        </main>
        {selectedId && (
          <ApprovalDetail
            key={selectedId}
            approvalId={selectedId}
            freshness={`${opened}:${list.items.find((a) => a.id === selectedId)?.etag ?? ''}`}
            inline={wide}
            onClose={() => setSelectedId(null)}
            onChanged={replaceItem}
          />
        )}
      </div>
      {creating && <NewApprovalDialog onClose={() => setCreating(false)} onCreated={onCreated} />}
    </PageFrame>
  );
}
