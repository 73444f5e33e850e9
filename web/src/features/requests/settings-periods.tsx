// The reply periods of the agreement profile, one row per type of request and priority: the period in an amount and
// a unit (hours, calendar days, working days), and whether it is the default or this party's own. An administrator
// edits the amount and unit and puts a row back to its default; everyone else reads them.
import { Badge, Button, Group, NumberInput, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../app/components/data-table';
import { useRequestCodes } from './codes';
import { isPeriodUnit, MAX_AMOUNT, MIN_AMOUNT, PERIOD_UNITS, toDefault, withPeriod, type PeriodRow } from './settings-draft';

type RowProps = { row: PeriodRow; canEdit: boolean; error: string | undefined; onChange: (row: PeriodRow) => void };

function PeriodInputs({ row, error, onChange }: Omit<RowProps, 'canEdit'>) {
  const { t } = useTranslation();
  const codes = useRequestCodes();
  const what = { type: codes.label('requestTypes', row.type), priority: codes.label('priorities', row.priority) };
  return (
    <>
      <Table.Td>
        <NumberInput aria-label={t('requests.settings.amountOf', what)} value={row.amount} onChange={(v) => onChange(withPeriod(row, { amount: typeof v === 'number' ? v : '' }))} error={error} min={MIN_AMOUNT} max={MAX_AMOUNT} clampBehavior="none" allowDecimal={false} allowNegative={false} w={110} />
      </Table.Td>
      <Table.Td>
        <Select aria-label={t('requests.settings.unitOf', what)} data={PERIOD_UNITS.map((u) => ({ value: u, label: t(`requests.settings.unit.${u}`) }))} value={row.unit} onChange={(v) => (isPeriodUnit(v) ? onChange(withPeriod(row, { unit: v })) : undefined)} allowDeselect={false} w={160} />
      </Table.Td>
    </>
  );
}

function PeriodRowView({ row, canEdit, error, onChange }: RowProps) {
  const { t } = useTranslation();
  const codes = useRequestCodes();
  const { isDefault } = row;
  return (
    <Table.Tr data-testid={`period-${row.type}-${row.priority}`}>
      <Table.Td>{codes.label('requestTypes', row.type)}</Table.Td>
      <Table.Td>{codes.label('priorities', row.priority)}</Table.Td>
      {canEdit ? (
        <PeriodInputs row={row} error={error} onChange={onChange} />
      ) : (
        <>
          <Table.Td>{row.amount}</Table.Td>
          <Table.Td>{t(`requests.settings.unit.${row.unit}`)}</Table.Td>
        </>
      )}
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Badge color={isDefault ? 'gray.7' : 'blue.9'} variant={isDefault ? 'outline' : 'filled'} tt="none">
            {isDefault ? t('requests.settings.isDefault') : t('requests.settings.isOwn')}
          </Badge>
          {canEdit && !isDefault ? (
            <Button size="compact-sm" variant="subtle" onClick={() => onChange(toDefault(row))} aria-label={t('requests.settings.backToDefaultOf', { type: codes.label('requestTypes', row.type), priority: codes.label('priorities', row.priority) })}>
              {t('requests.settings.backToDefault')}
            </Button>
          ) : null}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

type Props = { rows: PeriodRow[]; canEdit: boolean; errorFor: (row: number) => string | undefined; onChange: (index: number, row: PeriodRow) => void };

export function PeriodsTable({ rows, canEdit, errorFor, onChange }: Props) {
  const { t } = useTranslation();
  const headers = [t('requests.form.type'), t('requests.form.priority'), t('requests.settings.colAmount'), t('requests.settings.colUnit'), t('requests.settings.colSetBy')];
  return (
    <>
      <Text size="sm" mb="sm">
        {t('requests.settings.periodsIntro')}
      </Text>
      <DataTable caption={t('requests.settings.periodsCaption')} headers={headers} minWidth={720} fz="sm">
        {rows.map((row, i) => (
          <PeriodRowView key={`${row.type}/${row.priority}`} row={row} canEdit={canEdit} error={errorFor(i)} onChange={(next) => onChange(i, next)} />
        ))}
      </DataTable>
    </>
  );
}
