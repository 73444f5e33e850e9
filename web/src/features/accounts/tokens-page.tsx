// API tokens for machine clients (admins): list, create (secret shown once), revoke with confirmation.
import { Badge, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, callVoid } from '../../app/api/client';
import { toProblem, type ApiProblem } from '../../app/api/problem';
import type { Token } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { useCodeLists } from '../../app/code-lists';
import { ConfirmModal } from '../../app/components/confirm-modal';
import { DataTable } from '../../app/components/data-table';
import { PageTitle } from '../../app/components/page-title';
import { ProblemAlert } from '../../app/components/problem-alert';
import { QueryState } from '../../app/components/query-state';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { useApiQuery } from '../../app/use-api-query';
import { useReference } from '../directory/reference';
import { TokenFormModal } from './token-form';

export function TokensPage() {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const codes = useCodeLists();
  const ref = useReference();
  const query = useApiQuery(() => call(api.GET('/api/v1/tokens')), []);
  const [isCreating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<Token | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const at = (iso: string | null) => (iso ? formatDateTime(iso, { locale, timeZone: me.timeZone }) : t('common.never'));

  const revoke = async (token: Token) => {
    setBusy(true);
    setProblem(null);
    try {
      await callVoid(api.DELETE('/api/v1/tokens/{id}', { params: { path: { id: token.id } } }));
      query.reload();
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
      setRevoking(null);
    }
  };

  return (
    <>
      <PageTitle title={t('tokens.title')} actions={<Button onClick={() => setCreating(true)}>{t('tokens.create')}</Button>} />
      <Text size="sm" mb="md">{t('tokens.intro')}</Text>
      <ProblemAlert problem={problem} />
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{t('tokens.empty')}</Text>
          ) : (
            <DataTable caption={t('tokens.tableCaption')} minWidth={980} headers={[t('tokens.name'), t('tokens.prefix'), t('tokens.role'), t('tokens.agency'), t('tokens.created'), t('tokens.expires'), t('tokens.lastUsed'), t('tokens.status'), t('common.actions')]}>
                  {data.items.map((tok) => (
                    <Table.Tr key={tok.id}>
                      <Table.Td>{tok.name}</Table.Td>
                      <Table.Td className="mono">{tok.prefix}</Table.Td>
                      <Table.Td>{codes.label('roles', tok.role)}</Table.Td>
                      <Table.Td>{ref.agency(tok.agencyId)?.acronym ?? ''}</Table.Td>
                      <Table.Td>{at(tok.createdAt)}</Table.Td>
                      <Table.Td>{tok.expiresAt ? at(tok.expiresAt) : t('tokens.noExpiry')}</Table.Td>
                      <Table.Td>{at(tok.lastUsedAt)}</Table.Td>
                      <Table.Td>
                        {tok.revokedAt ? (
                          <Badge color="gray.7" tt="none">{t('tokens.revokedAt', { time: at(tok.revokedAt) })}</Badge>
                        ) : (
                          <Text size="sm">{t('tokens.activeStatus')}</Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {tok.revokedAt ? null : (
                          <Button size="xs" color="red.9" variant="outline" onClick={() => setRevoking(tok)} aria-label={t('tokens.revokeNamed', { name: tok.name })}>
                            {t('tokens.revoke')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </DataTable>
          )
        }
      </QueryState>
      <TokenFormModal opened={isCreating} onClose={() => setCreating(false)} onCreated={query.reload} />
      <ConfirmModal
        opened={revoking !== null}
        title={t('tokens.revokeTitle')}
        message={t('tokens.revokeMessage', { name: revoking?.name ?? '' })}
        confirmLabel={t('tokens.revoke')}
        isBusy={isBusy}
        onConfirm={() => (revoking ? void revoke(revoking) : undefined)}
        onClose={() => setRevoking(null)}
      />
    </>
  );
}
