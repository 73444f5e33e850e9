// What the signed-in user may do with the request now, as the server says (`allowed`): edit and submit a draft,
// approve or return one awaiting approval, withdraw it; on the receiving side, ask for clarification, send a delay
// notice, answer in part or in full, refuse; on the asking side, clarify and close. Each opens its own dialog.
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../app/api/client';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useSubmit } from '../../app/use-submit';
import { NoteDialog } from './note-dialog';
import { StepDialog } from './step-dialog';
import { isStepAction, STEP_ACTIONS, type StepAction } from './step-input';
import type { Request } from './types';

type Props = { request: Request; onChanged: (r: Request) => void };
type NoteAction = 'return' | 'withdraw';
const STEP_COLOURS: Partial<Record<StepAction, string>> = { answer: 'teal.9', refusal: 'red.9' };

export function RequestActions({ request: r, onChanged }: Props) {
  const { t } = useTranslation();
  const [step, setStep] = useState<StepAction | null>(null);
  const [noted, setNoted] = useState<NoteAction | null>(null);
  const { problem, isBusy, run } = useSubmit();
  const path = { path: { id: r.id } };
  const direct = (action: 'submit' | 'approve') => void run(async () => onChanged(await call(api.POST(action === 'submit' ? '/api/v1/requests/{id}/submit' : '/api/v1/requests/{id}/approve', { params: path, body: {} }))));
  const steps = STEP_ACTIONS.filter((a) => r.allowed.includes(a));
  const done = (next: Request) => {
    onChanged(next);
    setStep(null);
    setNoted(null);
  };
  const withNote = async (action: NoteAction, note: string | null) => {
    if (action === 'return') done(await call(api.POST('/api/v1/requests/{id}/return', { params: path, body: { note: note ?? '' } })));
    else done(await call(api.POST('/api/v1/requests/{id}/withdraw', { params: path, body: { note } })));
  };
  return (
    <>
      <Group gap="sm" align="flex-start" role="group" aria-label={t('requests.detail.actions')}>
        {r.allowed.includes('edit') ? (
          <Button component={Link} to={`/requests/${r.id}/edit`} variant="default">
            {t('requests.action.edit')}
          </Button>
        ) : null}
        {(['submit', 'approve'] as const).filter((a) => r.allowed.includes(a)).map((a) => (
          <Button key={a} loading={isBusy} onClick={() => direct(a)}>
            {t(`requests.action.${a}`)}
          </Button>
        ))}
        {r.allowed.includes('return') ? <Button variant="default" onClick={() => setNoted('return')}>{t('requests.action.return')}</Button> : null}
        {steps.map((a) => (
          <Button key={a} variant={a === 'answer' ? 'filled' : 'default'} color={STEP_COLOURS[a]} onClick={() => setStep(a)}>
            {t(`requests.action.${a}`)}
          </Button>
        ))}
        {r.allowed.includes('withdraw') ? <Button variant="outline" color="red.9" onClick={() => setNoted('withdraw')}>{t('requests.action.withdraw')}</Button> : null}
      </Group>
      <ProblemAlert problem={problem} />
      {step && isStepAction(step) ? <StepDialog request={r} action={step} onDone={done} onClose={() => setStep(null)} /> : null}
      {noted ? (
        <NoteDialog
          title={t(`requests.dialog.${noted}.title`, { reference: r.reference })}
          message={t(`requests.dialog.${noted}.message`)}
          noteLabel={t(`requests.dialog.${noted}.note`)}
          isNoteRequired={noted === 'return'}
          confirmLabel={t(`requests.action.${noted}`)}
          colour={noted === 'withdraw' ? 'red.9' : undefined}
          onClose={() => setNoted(null)}
          onConfirm={(note) => withNote(noted, note)}
        />
      ) : null}
    </>
  );
}
