// Withdrawing one of this party's follow-ups: from every party it was sent to (their copies are deleted), with an
// optional note, after confirming; here it stays, marked with when and why. The server decides who may
// (`canWithdraw`, its author's agency); this only offers.
import { Button, Group, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { useMe } from '../../app/auth-context';
import { ConfirmModal } from '../../app/components/confirm-modal';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { useSubmit } from '../../app/use-submit';
import { WithdrawnBadge } from './badges';
import type { FollowUp, Incident } from './types';
import { Filled, slot } from '../../app/components/filled';
import { hasHan } from '../../app/person-name';

type Props = { incidentId: string; f: FollowUp; onChanged: (i: Incident) => void };

export function WithdrawFollowUpButton({ incidentId, f, onChanged }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const submit = useSubmit();
  const [isOpen, setOpen] = useState(false);
  const [note, setNote] = useState('');
  if (!f.canWithdraw) return null;
  const withdraw = () =>
    submit.run(async () => {
      const path = { id: incidentId, followUpId: f.id };
      onChanged(await call(api.POST('/api/v1/incidents/{id}/follow-ups/{followUpId}/withdraw', { params: { path }, body: { note: note.trim() || null } })));
      setOpen(false);
    });
  const time = formatDateTime(f.createdAt, { locale, timeZone: me.timeZone });
  return (
    <>
      <Button size="compact-sm" color="red" variant="outline" onClick={() => setOpen(true)} aria-label={t('incidents.followUp.withdrawLabel', { time })}>
        {t('incidents.followUp.withdraw')}
      </Button>
      <ConfirmModal opened={isOpen} title={t('incidents.followUp.withdrawTitle')} message={t('incidents.followUp.withdrawMessage')} confirmLabel={t('incidents.followUp.withdrawConfirm')} isBusy={submit.isBusy} onConfirm={() => void withdraw()} onClose={() => setOpen(false)}>
        <Textarea label={t('incidents.followUp.withdrawNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} mb="md" />
        <ProblemAlert problem={submit.problem} />
      </ConfirmModal>
    </>
  );
}

/** A withdrawn follow-up's mark: the badge, when, and the note given with the withdrawal. */
export function FollowUpWithdrawnMark({ f }: { f: FollowUp }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  if (f.status !== 'withdrawn') return null;
  return (
    <Group gap="xs" mb={4} wrap="wrap">
      <WithdrawnBadge />
      {f.withdrawnAt ? <Text size="sm">{t('incidents.followUp.withdrawnOn', { time: formatDateTime(f.withdrawnAt, { locale, timeZone: me.timeZone }) })}</Text> : null}
      {f.withdrawalNote ? (
        <Text size="sm">
          {/* The note is what an officer wrote, in their own language: record text, not the UI's. */}
          <Filled text={t('incidents.followUp.withdrawnNote', { note: slot('note') })} parts={{ note: <span data-record="" lang={hasHan(f.withdrawalNote) ? 'zh-CN' : 'en'}>{f.withdrawalNote}</span> }} />
        </Text>
      ) : null}
    </Group>
  );
}
