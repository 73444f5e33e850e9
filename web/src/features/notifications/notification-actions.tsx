// What the signed-in user may do with this notification now, as the server says (`allowed`): edit a draft, review
// it (a supervisor other than the drafter), send or withdraw it, answer it (acknowledge, ask for information,
// clear, object — only prepared, when the party requires a second person), sign a prepared clearance or objection
// or send it back (a supervisor who did not prepare it), give the information asked for (with documents, sent in the
// same request), or record the export decision. Each opens its own dialog.
import { Button, Group, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../app/api/client';
import { ActionModal } from './action-modal';
import { answerDocument } from './attachments';
import { InfoQuestion } from './info-question';
import { useNotificationPdf } from './notification-pdf-button';
import { isPhraseAction, PHRASES_OF } from './phrases';
import { isDecision, type Action, type Decision, type Notification } from './types';

type Props = { notification: Notification; onChanged: (n: Notification) => void };
type DialogAction = Exclude<Action, 'edit'>;

/** Per action: whether a note is asked for and whether it must be given (as the API requires), and the button colour. */
const SPEC: Record<DialogAction, { note: 'none' | 'optional' | 'required'; colour?: string; variant: 'filled' | 'outline' | 'default' }> = {
  review: { note: 'optional', variant: 'filled' },
  send: { note: 'none', variant: 'filled' },
  withdraw: { note: 'required', colour: 'red.9', variant: 'outline' },
  acknowledge: { note: 'optional', variant: 'default' },
  'request-info': { note: 'required', variant: 'default' },
  clear: { note: 'optional', colour: 'teal.9', variant: 'filled' },
  object: { note: 'required', colour: 'red.9', variant: 'filled' },
  sign: { note: 'none', colour: 'teal.9', variant: 'filled' },
  return: { note: 'required', variant: 'default' },
  'provide-info': { note: 'required', variant: 'filled' },
  decide: { note: 'optional', variant: 'default' },
};

const ORDER: readonly DialogAction[] = ['review', 'send', 'acknowledge', 'request-info', 'clear', 'object', 'sign', 'return', 'provide-info', 'decide', 'withdraw'];

/** What the dialog gathered: the note, the standard phrases chosen (codes), the decision and the documents. */
type Given = { note: string | null; codes: string[]; decision: Decision; files: File[] };

async function perform(id: string, action: DialogAction, { note, codes, decision, files }: Given): Promise<Notification> {
  const params = { path: { id } };
  switch (action) {
    case 'review':
      return call(api.POST('/api/v1/notifications/{id}/review', { params, body: { note } }));
    case 'send':
      return call(api.POST('/api/v1/notifications/{id}/send', { params, body: {} }));
    case 'withdraw':
      return call(api.POST('/api/v1/notifications/{id}/withdraw', { params, body: { codes, note } }));
    case 'acknowledge':
      return call(api.POST('/api/v1/notifications/{id}/replies', { params, body: { action, note } }));
    case 'request-info':
    case 'clear':
    case 'object':
      return call(api.POST('/api/v1/notifications/{id}/replies', { params, body: { action, codes, note } }));
    case 'sign':
      return call(api.POST('/api/v1/notifications/{id}/sign', { params, body: {} }));
    case 'return':
      return call(api.POST('/api/v1/notifications/{id}/return', { params, body: { note: note ?? '' } }));
    case 'provide-info':
      return call(api.POST('/api/v1/notifications/{id}/information', { params, body: { note: note ?? '', documents: await Promise.all(files.map(answerDocument)) } }));
    case 'decide':
      return call(api.POST('/api/v1/notifications/{id}/decision', { params, body: { decision, codes, note } }));
  }
}

/** Clearing or objecting only prepares the answer when a second person must sign it. */
const isPrepared = (n: Notification, action: DialogAction): action is 'clear' | 'object' => n.signature.required && (action === 'clear' || action === 'object');

export function NotificationActions({ notification: n, onChanged }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<DialogAction | null>(null);
  const [decision, setDecision] = useState<Decision>('authorised');
  const actions = ORDER.filter((a) => n.allowed.includes(a));
  const spec = open ? SPEC[open] : null;
  const phraseAction = isPhraseAction(open) ? open : null;
  const pdf = useNotificationPdf(n);
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="sm" align="flex-start">
        {pdf.button}
        {n.allowed.includes('edit') ? (
          <Button component={Link} to={`/notifications/${n.id}/edit`} variant="default">
            {t('notification.action.edit')}
          </Button>
        ) : null}
        {actions.map((a) => (
          <Button
            key={a}
            variant={SPEC[a].variant}
            color={SPEC[a].colour}
            onClick={() => {
              // Only the decisions the server would accept now are offered (e.g. no authorisation after an objection).
              if (a === 'decide') setDecision(n.allowedDecisions[0] ?? 'suspended');
              setOpen(a);
            }}
          >
            {t(`notification.action.${a}`)}
          </Button>
        ))}
        {open && spec ? (
          <ActionModal
            opened
            title={t(`notification.dialog.${open}.title`, { reference: n.reference })}
            message={isPrepared(n, open) ? t(`notification.dialog.${open}.messagePrepare`) : t(`notification.dialog.${open}.message`)}
            confirmLabel={t(`notification.action.${open}`)}
            noteLabel={spec.note === 'none' ? undefined : t(`notification.dialog.${open}.note`)}
            isNoteRequired={spec.note === 'required'}
            phrases={phraseAction ? { list: PHRASES_OF[phraseAction], label: t(`notification.phrases.of.${phraseAction}`), decision: phraseAction === 'decide' ? decision : undefined } : undefined}
            colour={spec.colour}
            onClose={() => setOpen(null)}
            isDocumentsOffered={open === 'provide-info'}
            onConfirm={async (note, codes, files) => {
              onChanged(await perform(n.id, open, { note, codes, decision, files }));
              setOpen(null);
            }}
          >
            {open === 'provide-info' ? <InfoQuestion events={n.events} /> : null}
            {open === 'decide' ? (
              <Select
                label={t('notification.dialog.decide.decision')}
                data={n.allowedDecisions.map((d) => ({ value: d, label: t(`notifications.decision.${d}`) }))}
                value={decision}
                onChange={(v) => (isDecision(v) ? setDecision(v) : undefined)}
                allowDeselect={false}
                required
              />
            ) : null}
          </ActionModal>
        ) : null}
      </Group>
      {pdf.alert}
    </Stack>
  );
}
