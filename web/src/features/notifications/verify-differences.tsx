// Where the readable copy of a clearance says something other than what was signed: each field named in the
// reader's language (the path as the node gives it when the page has no name for it), the signed value and the
// copy's. A decision or a mode of transport reads in the reader's language too; everything else as written.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../app/components/data-table';
import type { ClearanceDocument, VerifyResult } from './types';
import { isMode } from './types';
import { differenceAt } from './verify-input';

type Difference = VerifyResult['differences'][number];

function useFieldName(signed: ClearanceDocument | null): (path: string) => string {
  const { t } = useTranslation();
  return (path) => {
    const at = differenceAt(path, signed);
    if (at === null) return path;
    return 'field' in at ? t(`verify.field.${at.field}`) : t(`verify.lineField.${at.lineField}`, { line: at.line });
  };
}

/** A coded value (decision, mode of transport) or an empty one in the reader's language; anything else as written. */
function useValueText(): (path: string, value: string | null) => string {
  const { t } = useTranslation();
  return (path, value) => {
    if (value === null) return t('verify.absent');
    // The node writes a JSON null (a field present but empty, e.g. no consignee) as the text `null`.
    if (value === 'null') return t('common.none');
    if (path === 'decision' && (value === 'cleared' || value === 'objected')) return t(`verify.decisionValue.${value}`);
    if (path === 'route/mode' && isMode(value)) return t(`notificationForm.mode.${value}`);
    return value;
  };
}

const cell = { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' } as const;

export function DifferencesTable({ differences, signed }: { differences: Difference[]; signed: ClearanceDocument | null }) {
  const { t } = useTranslation();
  const fieldName = useFieldName(signed);
  const valueText = useValueText();
  return (
    <DataTable caption={t('verify.differencesCaption')} headers={[t('verify.colField'), t('verify.colSigned'), t('verify.colCopy')]} minWidth={560} fz="sm">
      {differences.map((d) => (
        <Table.Tr key={d.path}>
          <Table.Td maw={260} style={cell}>
            <Text size="sm" fw={600}>
              {fieldName(d.path)}
            </Text>
          </Table.Td>
          <Table.Td style={cell}>{valueText(d.path, d.signed)}</Table.Td>
          <Table.Td style={cell}>
            <Text size="sm" c="red.9" fw={600}>
              {valueText(d.path, d.readable)}
            </Text>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
