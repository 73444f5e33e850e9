// One row per incident: reference, kind, date, place, title (in its language), reporting party and agency, handling.
import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../app/components/data-table';
import { useUiLocale } from '../../app/locale';
import { formatDay } from '../../app/time';
import { htmlLang } from '../../app/translations';
import { PartyBadge } from '../directory/party-badge';
import { HandlingBadge, KindBadge, WithdrawnBadge } from './badges';
import { PlaceText } from './place-text';
import type { IncidentSummary } from './types';

export function IncidentsTable({ items }: { items: IncidentSummary[] }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const headers = [t('incidents.list.colReference'), t('incidents.list.colKind'), t('incidents.list.colDate'), t('incidents.list.colPlace'), t('incidents.list.colTitle'), t('incidents.list.colParty'), t('incidents.list.colHandling')];
  return (
    <DataTable caption={t('incidents.list.tableCaption')} headers={headers} minWidth={980} fz="sm">
      {items.map((i) => (
        <Table.Tr key={i.id}>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <Anchor component={Link} to={`/incidents/${i.id}`} fw={600} size="sm">
              {i.reference}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <Group gap={4}>
              <KindBadge kind={i.kind} />
              {i.status === 'withdrawn' ? <WithdrawnBadge /> : null}
            </Group>
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(i.occurredOn, locale)}</Table.Td>
          <Table.Td miw={140}>
            <PlaceText country={i.country} locality={i.locality} lang={i.language} />
          </Table.Td>
          <Table.Td miw={200} maw={360}>
            <Text size="sm" lang={htmlLang(i.language)} data-record="" style={{ overflowWrap: 'anywhere' }}>
              {i.title}
            </Text>
          </Table.Td>
          <Table.Td>
            <Stack gap={2} align="flex-start">
              <PartyBadge code={i.originParty} />
              <Text size="xs" translate="no">
                {i.agency.acronym}
              </Text>
            </Stack>
          </Table.Td>
          <Table.Td>
            <HandlingBadge handling={i.handling} />
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
