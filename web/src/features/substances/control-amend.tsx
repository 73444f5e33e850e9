// End or amend a control this node added (administrators): set the date it ends (or clear it) and correct the
// legal basis. Shipped controls are not amended here: a national control takes their place instead.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { DateField } from '../../app/components/date-field';
import { useUiLocale } from '../../app/locale';
import { formatPartialDate, textIn } from './format';
import { RegistryProblemAlert, useRegistrySubmit } from './substance-problem';
import type { Control } from './types';

type Props = { substanceId: string; control: Control | null; onClose: () => void; onSaved: () => void };

export function ControlAmendModal({ substanceId, control, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={control !== null} onClose={onClose} title={t('controlForm.amendTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {control ? <AmendForm key={control.id} substanceId={substanceId} control={control} onClose={onClose} onSaved={onSaved} /> : null}
    </Modal>
  );
}

function AmendForm({ substanceId, control, onClose, onSaved }: Omit<Props, 'control'> & { control: Control }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const [until, setUntil] = useState(control.until ?? '');
  // A node's own control carries its basis as entered, the same text in both languages.
  const [basis, setBasis] = useState(control.basis.en);
  const { problem, isBusy, fieldError, run } = useRegistrySubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { until: until || null, ...(basis.trim() !== control.basis.en ? { basis: basis.trim() } : {}) };
    await run(async () => {
      await call(api.PATCH('/api/v1/substances/{id}/controls/{controlId}', { params: { path: { id: substanceId, controlId: control.id } }, body }));
      onSaved();
    });
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text size="sm">{t('controlForm.amendIntro', { list: textIn(control.listLabel, locale), since: formatPartialDate(control.since, locale) })}</Text>
        <RegistryProblemAlert problem={problem} placedFields={['until', 'basis']} />
        <DateField label={t('controlForm.until')} description={t('controlForm.untilHelp')} value={until} onChange={setUntil} error={fieldError('until')} />
        <Textarea label={t('controlForm.basis')} value={basis} onChange={(e) => setBasis(e.currentTarget.value)} error={fieldError('basis')} autosize minRows={2} required />
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
