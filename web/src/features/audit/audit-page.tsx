// The tamper-evident audit trail (auditors, admins): filter, page, inspect a change, verify the hash chain.
import { Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import type { AuditEntry, AuditQuery } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { DataTable } from '../../app/components/data-table';
import { PageTitle } from '../../app/components/page-title';
import { Pager } from '../../app/components/pager';
import { QueryState } from '../../app/components/query-state';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { useApiQuery } from '../../app/use-api-query';
import { AuditEntryModal } from './audit-entry-modal';
import { AuditFiltersForm, EMPTY_AUDIT_FILTERS, type AuditFilters } from './audit-filters';
import { ChainVerificationPanel } from './chain-verification';

const PAGE_SIZE = 50;

/** The first blocks of a UUID: enough to tell rows apart; the full value is in the entry dialog. */
function shortId(id: string): string {
  return id.length > 13 ? `${id.slice(0, 13)}…` : id;
}

function toQuery(f: AuditFilters, page: number): AuditQuery {
  const q: AuditQuery = { page, pageSize: PAGE_SIZE };
  if (f.action.trim()) q.action = f.action.trim();
  if (f.subjectType.trim()) q.subjectType = f.subjectType.trim();
  if (f.subjectId.trim()) q.subjectId = f.subjectId.trim();
  if (f.actorId.trim()) q.actorId = f.actorId.trim();
  // Dates are whole days in the browser's zone: from its first instant up to the end of the "to" day.
  if (f.from) q.from = new Date(`${f.from}T00:00:00`).toISOString();
  if (f.to) q.to = new Date(`${f.to}T23:59:59.999`).toISOString();
  return q;
}

export function AuditPage() {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const [filters, setFilters] = useState<AuditFilters>(EMPTY_AUDIT_FILTERS);
  const [page, setPage] = useState(1);
  const [shown, setShown] = useState<AuditEntry | null>(null);
  const query = useApiQuery(() => call(api.GET('/api/v1/audit', { params: { query: toQuery(filters, page) } })), [JSON.stringify(filters), page]);

  return (
    <>
      <PageTitle title={t('audit.title')} />
      <ChainVerificationPanel />
      <AuditFiltersForm initial={filters} onApply={(f) => { setFilters(f); setPage(1); }} />
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{t('audit.empty')}</Text>
          ) : (
            <>
              <DataTable caption={t('audit.tableCaption')} minWidth={1000} fz="sm" headers={[t('audit.seq'), t('audit.time'), t('audit.actor'), t('audit.action'), t('audit.subject'), t('audit.requestId'), t('common.actions')]}>
                    {data.items.map((e) => (
                      <Table.Tr key={e.seq}>
                        <Table.Td>{e.seq}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at, { locale, timeZone: me.timeZone })}</Table.Td>
                        <Table.Td>{e.actorLabel}</Table.Td>
                        <Table.Td className="mono" style={{ wordBreak: 'normal' }}>{e.action}</Table.Td>
                        <Table.Td>
                          <Text size="sm">{e.subjectType}</Text>
                          <Text size="xs" className="mono" title={e.subjectId}>{shortId(e.subjectId)}</Text>
                        </Table.Td>
                        <Table.Td className="mono" title={e.requestId ?? undefined}>{e.requestId ? shortId(e.requestId) : ''}</Table.Td>
                        <Table.Td>
                          <Button size="xs" variant="default" onClick={() => setShown(e)} aria-label={t('audit.showChangeOf', { seq: e.seq })}>
                            {t('audit.showChange')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
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
