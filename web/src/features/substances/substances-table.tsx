// Registry entries found: the name in the UI language with the other language under it, identifiers, and where
// the substance is controlled today.
import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../app/components/data-table';
import { useUiLocale } from '../../app/locale';
import { JurisdictionBadge, LocalBadge } from './badges';
import { formatHs, langOf, otherText, textIn } from './format';
import type { SubstanceSummary } from './types';

export function SubstancesTable({ items }: { items: SubstanceSummary[] }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const headers = [t('substances.colName'), t('substances.colCas'), t('substances.colHs'), t('substances.colKind'), t('substances.colControlled')];
  return (
    <DataTable caption={t('substances.tableCaption')} headers={headers} minWidth={820}>
      {items.map((s) => {
        const other = otherText(s.names, locale);
        const isMatchShown = s.matched !== undefined && s.matched !== s.names.en && s.matched !== s.names.zh;
        return (
          <Table.Tr key={s.id}>
            <Table.Td miw={260}>
              <Stack gap={2}>
                <Group gap={6}>
                  <Anchor component={Link} to={`/substances/${s.id}`} fw={600} lang={langOf(locale)}>
                    {textIn(s.names, locale)}
                  </Anchor>
                  {s.origin === 'local' ? <LocalBadge /> : null}
                </Group>
                <Text size="xs" c="dimmed" lang={other.lang}>
                  {other.text}
                </Text>
                {isMatchShown ? <Text size="xs">{t('substances.matched', { text: s.matched })}</Text> : null}
              </Stack>
            </Table.Td>
            <Table.Td className="mono" style={{ whiteSpace: 'nowrap' }}>
              {s.cas ?? t('common.none')}
            </Table.Td>
            <Table.Td className="mono" style={{ whiteSpace: 'nowrap' }}>
              {s.hs ? formatHs(s.hs) : t('common.none')}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`substances.kind.${s.kind}`)}</Table.Td>
            <Table.Td>
              {s.jurisdictions.length > 0 ? (
                <Group gap={4}>
                  {s.jurisdictions.map((j) => (
                    <JurisdictionBadge key={j} code={j} />
                  ))}
                </Group>
              ) : (
                <Text size="sm">{t('substances.notControlled')}</Text>
              )}
            </Table.Td>
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}
