// This party's agreement profile for requests (GET/PUT /requests/settings): its four-eyes rule, and the reply period
// it gives each type and priority of request asked of it, the defaults marked. Every reader sees it; administrators
// change it (the node audits each change), a row at a time back to its default if need be.
import { Anchor, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../app/api/client';
import { hasAnyRole, useMe } from '../../app/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { ProblemAlert } from '../../app/components/problem-alert';
import { QueryState } from '../../app/components/query-state';
import { Section } from '../../app/components/section';
import { useApiQuery } from '../../app/use-api-query';
import { useSubmit } from '../../app/use-submit';
import { draftFromSettings, isUnchanged, MAX_AMOUNT, MIN_AMOUNT, rowsWithBadAmount, settingsToInput, type FourEyes, type SettingsDraft } from './settings-draft';
import { PeriodsTable } from './settings-periods';
import type { RequestSettings } from './types';

const FOUR_EYES: readonly FourEyes[] = ['sensitive', 'all'];

function FourEyesRule({ value, canEdit, onChange }: { value: FourEyes; canEdit: boolean; onChange: (v: FourEyes) => void }) {
  const { t } = useTranslation();
  if (!canEdit) return <Text size="sm">{t(`requests.settings.fourEyes.${value}`)}</Text>;
  return (
    <Radio.Group label={t('requests.settings.fourEyesLabel')} value={value} onChange={(v) => onChange(v === 'all' ? 'all' : 'sensitive')}>
      <Stack gap="xs" mt="xs">
        {FOUR_EYES.map((rule) => (
          <Radio key={rule} value={rule} label={t(`requests.settings.fourEyes.${rule}`)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** The draft, its local checks once a save was tried, and the save; a node's problem at `periods/<i>` goes to its row. */
function useSettingsForm(settings: RequestSettings, onSaved: (s: RequestSettings) => void) {
  const { t } = useTranslation();
  const saved = useMemo(() => draftFromSettings(settings), [settings]);
  const [draft, setDraft] = useState<SettingsDraft>(saved);
  const [sentRows, setSentRows] = useState<number[]>([]);
  const [isChecked, setChecked] = useState(false);
  const [isSaved, setSaved] = useState(false);
  const { problem, isBusy, fieldError, run } = useSubmit();
  const bad = isChecked ? rowsWithBadAmount(draft) : [];
  const errorFor = (row: number): string | undefined => (bad.includes(row) ? t('requests.settings.amountInvalid', { min: MIN_AMOUNT, max: MAX_AMOUNT }) : sentRows.includes(row) ? fieldError(`periods/${sentRows.indexOf(row)}`) : undefined);
  const change = (patch: Partial<SettingsDraft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (rowsWithBadAmount(draft).length > 0) return;
    const { input, sentRows: rows } = settingsToInput(draft);
    setSentRows(rows);
    void run(async () => {
      const next = await call(api.PUT('/api/v1/requests/settings', { body: input }));
      setDraft(draftFromSettings(next));
      setSaved(true);
      onSaved(next);
    });
  };
  return { draft, change, errorFor, submit, problem, isBusy, isSaved, isUnchanged: isUnchanged(draft, saved) };
}

function SettingsForm({ settings, onSaved }: { settings: RequestSettings; onSaved: (s: RequestSettings) => void }) {
  const { t } = useTranslation();
  const canEdit = hasAnyRole(useMe(), 'admin');
  const form = useSettingsForm(settings, onSaved);
  const { draft, change } = form;
  const setRow = (index: number, row: SettingsDraft['periods'][number]) => change({ periods: draft.periods.map((r, i) => (i === index ? row : r)) });
  return (
    <form onSubmit={form.submit} noValidate>
      <Stack>
        {canEdit ? null : <Text size="sm">{t('requests.settings.readOnly')}</Text>}
        <ProblemAlert problem={form.problem} placedFields={['periods']} />
        <Section title={t('requests.settings.fourEyesTitle')}>
          <FourEyesRule value={draft.fourEyes} canEdit={canEdit} onChange={(fourEyes) => change({ fourEyes })} />
        </Section>
        <Section title={t('requests.settings.periodsTitle')}>
          <PeriodsTable rows={draft.periods} canEdit={canEdit} errorFor={form.errorFor} onChange={setRow} />
        </Section>
        {canEdit ? (
          <Group justify="flex-end">
            {/* Mounted empty and filled on saving: a status region that appears with its text is often not read out. */}
            <Text role="status" size="sm" c="teal.9" fw={500}>
              {form.isSaved ? t('requests.settings.saved') : ''}
            </Text>
            <Button type="submit" loading={form.isBusy} disabled={form.isUnchanged}>
              {t('requests.settings.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}

export function RequestSettingsPage() {
  const { t } = useTranslation();
  const query = useApiQuery(() => call(api.GET('/api/v1/requests/settings')), []);
  return (
    <>
      <Anchor component={Link} to="/requests" size="sm">
        {t('requests.detail.backToList')}
      </Anchor>
      <PageTitle title={t('requests.settings.title')} />
      <Text size="sm" mb="md">
        {t('requests.settings.intro')}
      </Text>
      <QueryState query={query}>{(s) => <SettingsForm settings={s} onSaved={query.setData} />}</QueryState>
    </>
  );
}
