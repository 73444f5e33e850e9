// The companies, people, addresses, phones, accounts and parcels the incident names, with the part each played; each
// opens its entity page. A value too common to link records by (a carrier's switchboard, a free-mail domain) says so.
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../app/components/data-table';
import { Section } from '../../app/components/section';
import { EntityLinkTo, useEntityLabels } from './entity-value';
import type { Incident } from './types';

export function CommonBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="gray.7" variant="outline" tt="none" miw="max-content" title={t('incidents.entity.commonHelp')}>
      {t('incidents.entity.common')}
    </Badge>
  );
}

export function EntitiesSection({ incident: i }: { incident: Incident }) {
  const { t } = useTranslation();
  const labels = useEntityLabels();
  const linked = new Map(i.links.map((l) => [`${l.kind}\u0000${l.key}`, l]));
  const headers = [t('incidents.detail.colEntityKind'), t('incidents.detail.colEntityValue'), t('incidents.detail.colRole'), t('incidents.detail.colLinks')];
  return (
    <Section title={t('incidents.detail.sectionEntities')}>
      {i.entities.length === 0 ? (
        <Text size="sm">{t('incidents.detail.noEntities')}</Text>
      ) : (
        <>
          <DataTable caption={t('incidents.detail.entitiesCaption')} headers={headers} minWidth={640} fz="sm">
            {i.entities.map((e, n) => {
              const link = linked.get(`${e.kind}\u0000${e.key}`);
              return (
                <Table.Tr key={`${e.kind}:${e.key}:${n}`}>
                  <Table.Td>{labels.kind(e.kind)}</Table.Td>
                  <Table.Td maw={360}>
                    <EntityLinkTo kind={e.kind} entityKey={e.key} value={e.value} />
                  </Table.Td>
                  <Table.Td>{labels.role(e.role)}</Table.Td>
                  <Table.Td>{e.common || link?.tooCommon ? <CommonBadge /> : <Text size="sm">{t('incidents.detail.otherRecords', { count: link?.total ?? 0 })}</Text>}</Table.Td>
                </Table.Tr>
              );
            })}
          </DataTable>
          {i.entityCount > i.entities.length ? <Text size="sm" mt="xs">{t('incidents.detail.entitiesShown', { shown: i.entities.length, count: i.entityCount })}</Text> : null}
        </>
      )}
    </Section>
  );
}
