// Create or edit an agency (admins). Names are kept in both languages; the kind is a coded value.
import { Button, Group, Modal, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import type { Agency, AgencyInput } from '../../app/api/types';
import { useCodeLists } from '../../app/code-lists';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useSubmit } from '../../app/use-submit';
import { useReference } from './reference';

type Props = { agency: Agency | null; opened: boolean; onClose: () => void; onSaved: (agency: Agency) => void };

function isKind(value: string | null): value is Agency['kind'] {
  return value === 'police' || value === 'customs' || value === 'regulator' || value === 'ministry' || value === 'other';
}

export function AgencyFormModal({ agency, opened, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={agency ? t('agencies.editTitle') : t('agencies.createTitle')} closeButtonProps={{ 'aria-label': t('common.close') }} size="lg">
      {opened ? <AgencyForm key={agency?.id ?? 'new'} agency={agency} onClose={onClose} onSaved={onSaved} /> : null}
    </Modal>
  );
}

function AgencyForm({ agency, onClose, onSaved }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const codes = useCodeLists();
  const ref = useReference();
  const [draft, setDraft] = useState<AgencyInput & { isActive: boolean }>({
    partyCode: agency?.partyCode ?? ref.parties.find((p) => p.isSelf)?.code ?? '',
    acronym: agency?.acronym ?? '',
    nameEn: agency?.nameEn ?? '',
    nameZh: agency?.nameZh ?? '',
    kind: agency?.kind ?? 'police',
    isActive: agency?.isActive ?? true,
  });
  const { problem, isBusy, fieldError, run } = useSubmit();
  const change = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { isActive, partyCode, ...names } = draft;
    await run(async () => {
      const saved = agency
        ? await call(api.PATCH('/api/v1/agencies/{id}', { params: { path: { id: agency.id } }, body: { ...names, isActive } }))
        : await call(api.POST('/api/v1/agencies', { body: { partyCode, ...names } }));
      onSaved(saved);
    });
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <ProblemAlert problem={problem} placedFields={['partyCode', 'acronym', 'nameEn', 'nameZh', 'kind', 'isActive']} />
        <Select label={t('agencies.party')} data={ref.partyOptions} value={draft.partyCode || null} onChange={(v) => change({ partyCode: v ?? '' })} error={fieldError('partyCode')} disabled={agency !== null} allowDeselect={false} required />
        <TextInput label={t('agencies.acronym')} value={draft.acronym} onChange={(e) => change({ acronym: e.currentTarget.value })} error={fieldError('acronym')} required />
        <TextInput label={t('agencies.nameEn')} value={draft.nameEn} onChange={(e) => change({ nameEn: e.currentTarget.value })} error={fieldError('nameEn')} lang="en" required />
        <TextInput label={t('agencies.nameZh')} value={draft.nameZh} onChange={(e) => change({ nameZh: e.currentTarget.value })} error={fieldError('nameZh')} lang="zh-CN" required />
        <Select label={t('agencies.kind')} data={codes.options('agencyKinds')} value={draft.kind} onChange={(v) => (isKind(v) ? change({ kind: v }) : undefined)} error={fieldError('kind')} allowDeselect={false} required />
        {agency ? <Switch label={t('agencies.active')} checked={draft.isActive} onChange={(e) => change({ isActive: e.currentTarget.checked })} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isBusy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
