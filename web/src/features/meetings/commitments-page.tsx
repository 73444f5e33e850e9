// The commitments board (/commitments): the roll-up per party and topic over the due period, the filters (kept in
// the address), the commitments of every party held here sorted by due date, and — for this party's secretariat
// and supervisors — a commitment added from a meeting (`?add=1&meetingId=…` opens the form with that meeting), and
// per row progress reported and edits made on this party's own commitments (the node decides, and says why not).
import { Alert, Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { hasAnyRole, useMe } from '../../app/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { ProblemAlert } from '../../app/components/problem-alert';
import { Pager } from '../../app/components/pager';
import { QueryState } from '../../app/components/query-state';
import { useApiQuery } from '../../app/use-api-query';
import { emptyCommitmentDraft, draftFromCommitment } from './commitments-draft';
import { CommitmentFiltersBar } from './commitments-filters';
import { CommitmentFormDialog } from './commitments-form';
import { useMeetingOptions, type MeetingOption } from './commitments-meetings';
import { ProgressDialog } from './commitments-progress';
import { commitmentParams, COMMITMENTS_PAGE_SIZE, readCommitmentParams, toCommitmentQuery, toRollUpQuery, type CommitmentFilters } from './commitments-query';
import { RollUpView } from './commitments-rollup-view';
import { CommitmentsTable, type RowAction } from './commitments-table';
import type { Commitment } from './commitments-types';
import { useAlertWordsWith, WG_WORDS } from './problem-words';

type Dialog = { kind: 'create'; meetingId: string } | RowAction;
type DialogProps = { dialog: Dialog; meetings: MeetingOption[]; onSaved: (c: Commitment) => void; onClose: () => void };

/** Edit and progress ask the node for the commitment first: its version, its evidence and what the reader may do. */
function RowDialog({ dialog, meetings, onSaved, onClose }: DialogProps & { dialog: RowAction }) {
  const { t } = useTranslation();
  const query = useApiQuery(() => call(api.GET('/api/v1/commitments/{id}', { params: { path: { id: dialog.id } } })), [dialog.id]);
  const words = useAlertWordsWith(WG_WORDS);
  const c = query.data;
  if (query.error) return <ProblemAlert problem={query.error} message={words.message} issueText={words.issueText} />;
  if (!c) return null;
  if (!c.allowed.includes(dialog.kind)) {
    return (
      <Alert color="orange.9" variant="outline" withCloseButton onClose={onClose} closeButtonLabel={t('common.close')} mb="md" role="alert">
        {t(`commitments.notAllowed.${dialog.kind}`, { reference: c.reference })}
      </Alert>
    );
  }
  if (dialog.kind === 'progress') return <ProgressDialog commitment={c} onSaved={onSaved} onClose={onClose} />;
  return <CommitmentFormDialog initial={draftFromCommitment(c)} commitment={c} meetings={meetings} onSaved={onSaved} onClose={onClose} />;
}

function CommitmentDialog(props: DialogProps) {
  const me = useMe();
  const { dialog } = props;
  if (dialog.kind !== 'create') return <RowDialog {...props} dialog={dialog} />;
  const initial = emptyCommitmentDraft({ meetingId: dialog.meetingId, agencyId: me.agency.id, language: me.locale === 'zh-CN' ? 'zh' : 'en' });
  return <CommitmentFormDialog initial={initial} commitment={null} meetings={props.meetings} onSaved={props.onSaved} onClose={props.onClose} />;
}

function useBoard(filters: CommitmentFilters, page: number) {
  const key = commitmentParams(filters, page).toString();
  const [tick, setTick] = useState(0);
  const board = useApiQuery(() => call(api.GET('/api/v1/commitments', { params: { query: toCommitmentQuery(filters, page) } })), [key, tick]);
  const rollUp = useApiQuery(() => call(api.GET('/api/v1/commitments/roll-up', { params: { query: toRollUpQuery(filters) } })), [filters.dueFrom, filters.dueTo, tick]);
  return { board, rollUp, reload: () => setTick((n) => n + 1) };
}

type Board = ReturnType<typeof useBoard>['board'];
type ResultsProps = { board: Board; page: number; onPage: (page: number) => void; onAction: (action: RowAction) => void };

/** The commitments of the current filters and page, or that there are none. */
function BoardResults({ board, page, onPage, onAction }: ResultsProps) {
  const { t } = useTranslation();
  return (
    <QueryState query={board}>
      {(data) =>
        data.items.length === 0 ? (
          <Text py="lg">{t('commitments.empty')}</Text>
        ) : (
          <>
            <CommitmentsTable items={data.items} caption={t('commitments.caption')} onAction={onAction} />
            <Pager page={page} pageSize={COMMITMENTS_PAGE_SIZE} total={data.total} onChange={onPage} />
          </>
        )
      }
    </QueryState>
  );
}

function SavedNotice({ reference, onClose }: { reference: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal.9" variant="outline" withCloseButton onClose={onClose} closeButtonLabel={t('common.close')} mb="md" role="status">
      {t('commitments.saved', { reference })}
    </Alert>
  );
}

/** The filters and page from the address, the open dialog (`?add=1` opens the form), and what a save does. */
function useCommitmentsBoard() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const { filters, page } = readCommitmentParams(params);
  const isKeeper = hasAnyRole(me, 'secretariat', 'supervisor');
  const [dialog, setDialog] = useState<Dialog | null>(() => (isKeeper && params.get('add') === '1' ? { kind: 'create', meetingId: filters.meetingId } : null));
  const [saved, setSaved] = useState<string | null>(null);
  const meetings = useMeetingOptions().options;
  const { board, rollUp, reload } = useBoard(filters, page);
  const close = () => {
    setDialog(null);
    if (params.has('add')) setParams(commitmentParams(filters, page), { replace: true });
  };
  const onSaved = (c: Commitment) => {
    close();
    setSaved(c.reference);
    reload();
  };
  const setFilters = (next: CommitmentFilters) => setParams(commitmentParams(next, 1));
  const setPage = (p: number) => setParams(commitmentParams(filters, p));
  return { filters, page, isKeeper, meetings, dialog, setDialog, saved, setSaved, board, rollUp, close, onSaved, setFilters, setPage };
}

export function CommitmentsPage() {
  const { t } = useTranslation();
  const b = useCommitmentsBoard();
  const add = b.isKeeper ? <Button onClick={() => b.setDialog({ kind: 'create', meetingId: b.filters.meetingId })}>{t('commitments.add')}</Button> : null;
  return (
    <>
      <PageTitle title={t('commitments.title')} actions={add} />
      <Text size="sm" mb="md">
        {t('commitments.intro')}
      </Text>
      {b.saved ? <SavedNotice reference={b.saved} onClose={() => b.setSaved(null)} /> : null}
      {b.rollUp.data ? <RollUpView rollUp={b.rollUp.data} /> : null}
      <CommitmentFiltersBar filters={b.filters} onChange={b.setFilters} meetings={b.meetings} />
      <BoardResults board={b.board} page={b.page} onPage={b.setPage} onAction={b.setDialog} />
      {b.dialog ? <CommitmentDialog dialog={b.dialog} meetings={b.meetings} onSaved={b.onSaved} onClose={b.close} /> : null}
    </>
  );
}
