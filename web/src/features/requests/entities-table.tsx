// The entities a request or a case names: each one's kind, its value (linked to what this node knows of it, once the
// node has matched it) and its role.
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../app/components/data-table';
import { EntityLinkTo, useEntityLabels } from '../incidents/entity-value';
import type { Case, Request } from './types';

type EntityView = Request['entities'][number] | Case['entities'][number];

export function EntitiesTable({ entities, caption }: { entities: readonly EntityView[]; caption: string }) {
  const { t } = useTranslation();
  const labels = useEntityLabels();
  if (entities.length === 0) return null;
  return (
    <DataTable caption={caption} headers={[t('incidents.detail.colEntityKind'), t('incidents.detail.colEntityValue'), t('incidents.detail.colRole')]} minWidth={520} fz="sm">
      {entities.map((e, n) => (
        <Table.Tr key={`${e.kind}:${e.key}:${n}`}>
          <Table.Td>{labels.kind(e.kind)}</Table.Td>
          <Table.Td>{e.key ? <EntityLinkTo kind={e.kind} entityKey={e.key} value={e.value} /> : e.value}</Table.Td>
          <Table.Td>{t(`incidentForm.entityRole.${e.role}`, { defaultValue: labels.role(e.role) })}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
