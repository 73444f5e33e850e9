// The tamper-evident audit trail (auditors, admins): filter by lists, page, read an entry, download it as CSV,
// verify the hash chain. Actions, subject types and actors read in the reader's language; subjects by their name.
import { Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import type { AuditEntry, AuditQuery, Locale } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { DataTable } from '../../app/components/data-table';
import { PageTitle } from '../../app/components/page-title';
import { Pager } from '../../app/components/pager';
import { QueryState } from '../../app/components/query-state';
import { useUiLocale } from '../../app/locale';
import { dayBoundsIn, formatDateTime } from '../../app/time';
import { useApiQuery } from '../../app/use-api-query';
import { AuditEntryModal } from './audit-entry-modal';
import { AuditExport } from './audit-export';
import { AuditFiltersForm, EMPTY_AUDIT_FILTERS, type AuditFilters } from './audit-filters';
import { CodeText, SubjectCell } from './audit-cells';
import { useAuditLabels } from './audit-labels';
import { ChainVerificationPanel } from './chain-verification';

const PAGE_SIZE = 50;

function toQuery(f: AuditFilters, page: number, { lang, timeZone }: { lang: Locale; timeZone: string }): AuditQuery {
  const q: AuditQuery = { page, pageSize: PAGE_SIZE, lang };
  if (f.action) q.action = f.action;
  if (f.subjectType) q.subjectType = f.subjectType;
  if (f.subjectId.trim()) q.subjectId = f.subjectId.trim();
  if (f.actor.startsWith('id:')) q.actorId = f.actor.slice(3);
  if (f.actor.startsWith('label:')) q.actorLabel = f.actor.slice(6);
  // Dates are whole days in the reader's own zone: from its first instant up to the end of the "to" day.
  const from = dayBoundsIn(f.from, timeZone)?.start;
  const to = dayBoundsIn(f.to, timeZone)?.end;
  if (from) q.from = from.toISOString();
  if (to) q.to = to.toISOString();
  return q;
}

function AuditRow({ entry, onShow }: { entry: AuditEntry; onShow: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const labels = useAuditLabels();
  return (
    <Table.Tr>
      <Table.Td>{entry.seq}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, { locale, timeZone: me.timeZone })}</Table.Td>
      <Table.Td>{labels.actor(entry)}</Table.Td>
      <Table.Td><CodeText value={labels.action(entry.action)} /></Table.Td>
      <Table.Td><SubjectCell entry={entry} /></Table.Td>
      <Table.Td>
        <Button size="xs" variant="default" onClick={onShow} aria-label={t('audit.showChangeOf', { seq: entry.seq })}>
          {t('audit.showChange')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const me = useMe();
  const [filters, setFilters] = useState<AuditFilters>(EMPTY_AUDIT_FILTERS);
  const [page, setPage] = useState(1);
  const [shown, setShown] = useState<AuditEntry | null>(null);
  const query = toQuery(filters, page, { lang: locale, timeZone: me.timeZone });
  const entries = useApiQuery(() => call(api.GET('/api/v1/audit', { params: { query } })), [JSON.stringify(query)]);
  const vocabulary = useApiQuery(() => call(api.GET('/api/v1/audit/vocabulary')), []);

  return (
    <>
      <PageTitle title={t('audit.title')} />
      <ChainVerificationPanel />
      <AuditFiltersForm initial={filters} vocabulary={vocabulary.data ?? null} onApply={(f) => { setFilters(f); setPage(1); }} />
      <AuditExport query={query} />
      <QueryState query={entries}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{t('audit.empty')}</Text>
          ) : (
            <>
              <DataTable caption={t('audit.tableCaption')} minWidth={900} fz="sm" headers={[t('audit.seq'), t('audit.time'), t('audit.actor'), t('audit.action'), t('audit.subject'), t('common.actions')]}>
                {data.items.map((e) => <AuditRow key={e.seq} entry={e} onShow={() => setShown(e)} />)}
              </DataTable>
              <Pager page={data.page} pageSize={data.pageSize || PAGE_SIZE} total={data.total} onChange={setPage} />
            </>
          )
        }
      </QueryState>
      <AuditEntryModal entry={shown} onClose={() => setShown(null)} />
    </>
  );
}
