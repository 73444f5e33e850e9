// Add a substance to this node's registry (administrators): names in both languages, kind, identifiers and
// sources. The node checks the CAS check digit, the HS code and the SMILES, and says which field is wrong.
import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { splitLines } from './lines-field';
import { RegistryProblemAlert, useRegistrySubmit } from './substance-problem';
import { isKind, KINDS, type Substance, type SubstanceInput, type SubstanceKind } from './types';

type Props = { opened: boolean; onClose: () => void; onCreated: (substance: Substance) => void };

export function SubstanceFormModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('substanceForm.title')} closeButtonProps={{ 'aria-label': t('common.close') }} size="lg">
      {opened ? <SubstanceForm onClose={onClose} onCreated={onCreated} /> : null}
    </Modal>
  );
}

type Draft = { nameEn: string; nameZh: string; kind: SubstanceKind; cas: string; hs: string; smiles: string; sources: string };

const EMPTY: Draft = { nameEn: '', nameZh: '', kind: 'precursor', cas: '', hs: '', smiles: '', sources: '' };

function toInput(d: Draft): SubstanceInput {
  const input: SubstanceInput = { kind: d.kind, names: { en: d.nameEn.trim(), zh: d.nameZh.trim() }, sources: splitLines(d.sources) };
  if (d.cas.trim()) input.cas = d.cas.trim();
  if (d.hs.trim()) input.hs = d.hs.trim();
  if (d.smiles.trim()) input.smiles = d.smiles.trim();
  return input;
}

function SubstanceForm({ onClose, onCreated }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const { problem, isBusy, fieldError, run } = useRegistrySubmit();
  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const text = (key: 'nameEn' | 'nameZh' | 'cas' | 'hs' | 'smiles') => ({ value: draft[key], onChange: (e: { currentTarget: { value: string } }) => change({ [key]: e.currentTarget.value }) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => onCreated(await call(api.POST('/api/v1/substances', { body: toInput(draft) }))));
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <RegistryProblemAlert problem={problem} placedFields={['names', 'kind', 'cas', 'hs', 'smiles', 'sources']} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('substanceForm.nameEn')} {...text('nameEn')} error={fieldError('names/en')} lang="en" required />
          <TextInput label={t('substanceForm.nameZh')} {...text('nameZh')} error={fieldError('names/zh')} lang="zh-CN" required />
        </SimpleGrid>
        <Select label={t('substanceForm.kind')} data={KINDS.map((k) => ({ value: k, label: t(`substances.kind.${k}`) }))} value={draft.kind} onChange={(v) => (isKind(v) ? change({ kind: v }) : undefined)} error={fieldError('kind')} allowDeselect={false} required />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('substanceForm.cas')} description={t('substanceForm.casHelp')} {...text('cas')} error={fieldError('cas')} />
          <TextInput label={t('substanceForm.hs')} description={t('substanceForm.hsHelp')} {...text('hs')} error={fieldError('hs')} />
        </SimpleGrid>
        <TextInput label={t('substanceForm.smiles')} description={t('substanceForm.smilesHelp')} {...text('smiles')} error={fieldError('smiles')} styles={{ input: { fontFamily: 'monospace' } }} />
        <Textarea label={t('substanceForm.sources')} description={t('substanceForm.sourcesHelp')} value={draft.sources} onChange={(e) => change({ sources: e.currentTarget.value })} error={fieldError('sources')} autosize minRows={2} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isBusy}>
            {t('substanceForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
