// What a manifest must look like, in the UI language: its columns by their header (the node reads English and
// Chinese headers alike), the formats, and the limits.
import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLUMNS = ['name', 'cas', 'smiles', 'hs', 'quantity', 'ref'] as const;

export function ManifestColumns() {
  const { t } = useTranslation();
  return (
    <div>
      <Table withTableBorder fz="sm" maw={720} verticalSpacing={4} captionSide="top">
        <Table.Caption style={{ textAlign: 'start' }}>{t('bulkScreening.columnsIntro')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('bulkScreening.columnHeader')}</Table.Th>
            <Table.Th scope="col">{t('bulkScreening.columnMeaning')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {COLUMNS.map((c) => (
            <Table.Tr key={c}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Code>{t(`bulkScreening.column.${c}.header`)}</Code>
              </Table.Td>
              <Table.Td>{t(`bulkScreening.column.${c}.meaning`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" mt={4}>
        {t('bulkScreening.columnsHelp')}
      </Text>
    </div>
  );
}
