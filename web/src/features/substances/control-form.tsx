// Add a national control (administrators): only lists of this node's own party are offered, with the dates the
// control takes effect and ends, what it extends to, the legal act and its sources. It may take the place of a
// shipped control of the same party.
import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { DateField } from '../../app/components/date-field';
import { useUiLocale } from '../../app/locale';
import { useApiQuery } from '../../app/use-api-query';
import { formatPartialDate, textIn } from './format';
import { splitLines } from './lines-field';
import { RegistryProblemAlert, useRegistrySubmit } from './substance-problem';
import { COVERS, isCover, type ControlInput, type Jurisdiction, type Substance } from './types';

type Props = { substance: Substance; jurisdiction: Jurisdiction; opened: boolean; onClose: () => void; onAdded: () => void };

export function ControlFormModal({ opened, onClose, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('controlForm.title', { party: t(`substances.jurisdictionName.${rest.jurisdiction}`) })} closeButtonProps={{ 'aria-label': t('common.close') }} size="lg">
      {opened ? <ControlForm onClose={onClose} {...rest} /> : null}
    </Modal>
  );
}

type Draft = { list: string; since: string; until: string; covers: string[]; basis: string; sources: string; replaces: string };

function toInput(d: Draft): ControlInput {
  const input: ControlInput = { list: d.list, since: d.since, until: d.until || null, covers: d.covers.filter(isCover), basis: d.basis.trim(), sources: splitLines(d.sources) };
  if (d.replaces) input.replaces = d.replaces;
  return input;
}

function ControlForm({ substance, jurisdiction, onClose, onAdded }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const lists = useApiQuery(() => call(api.GET('/api/v1/substances/lists')), []);
  const [draft, setDraft] = useState<Draft>({ list: '', since: '', until: '', covers: ['salts'], basis: '', sources: '', replaces: '' });
  const { problem, isBusy, fieldError, run } = useRegistrySubmit();
  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const listOptions = (lists.data?.items ?? []).filter((l) => l.jurisdiction === jurisdiction).map((l) => ({ value: l.code, label: locale === 'zh-CN' ? l.zh : l.en }));
  const replaceable = substance.controls
    .filter((c) => c.origin === 'shipped' && c.jurisdiction === jurisdiction)
    .map((c) => ({ value: c.id, label: t('controlForm.replacesOption', { list: textIn(c.listLabel, locale), since: formatPartialDate(c.since, locale) }) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      await call(api.POST('/api/v1/substances/{id}/controls', { params: { path: { id: substance.id } }, body: toInput(draft) }));
      onAdded();
    });
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <RegistryProblemAlert problem={problem ?? lists.error} placedFields={['list', 'since', 'until', 'covers', 'basis', 'sources', 'replaces']} />
        <Select label={t('controlForm.list')} description={t('controlForm.listHelp')} data={listOptions} value={draft.list || null} onChange={(v) => change({ list: v ?? '' })} error={fieldError('list')} allowDeselect={false} required />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={t('controlForm.since')} description={t('controlForm.sinceHelp')} value={draft.since} onChange={(v) => change({ since: v })} error={fieldError('since')} required />
          <DateField label={t('controlForm.until')} description={t('controlForm.untilHelp')} value={draft.until} onChange={(v) => change({ until: v })} error={fieldError('until')} />
        </SimpleGrid>
        <Checkbox.Group label={t('controlForm.covers')} description={t('controlForm.coversHelp')} value={draft.covers} onChange={(covers) => change({ covers })} error={fieldError('covers')}>
          <SimpleGrid cols={{ base: 2, sm: 4 }} mt="xs">
            {COVERS.map((c) => (
              <Checkbox key={c} value={c} label={t(`substances.covers.${c}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Textarea label={t('controlForm.basis')} description={t('controlForm.basisHelp')} value={draft.basis} onChange={(e) => change({ basis: e.currentTarget.value })} error={fieldError('basis')} autosize minRows={2} required />
        <Textarea label={t('controlForm.sources')} description={t('substanceForm.sourcesHelp')} value={draft.sources} onChange={(e) => change({ sources: e.currentTarget.value })} error={fieldError('sources')} autosize minRows={2} />
        {replaceable.length > 0 ? (
          <Select label={t('controlForm.replaces')} description={t('controlForm.replacesHelp')} placeholder={t('controlForm.replacesNone')} data={replaceable} value={draft.replaces || null} onChange={(v) => change({ replaces: v ?? '' })} error={fieldError('replaces')} clearable clearButtonProps={{ 'aria-label': t('common.clearSelection') }} />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isBusy}>
            {t('controlForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
