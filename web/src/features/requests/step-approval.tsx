// An answer held for four eyes: the supervisor who may approves it (it leaves for the other party) or returns it
// with a reason (it goes back to its author).
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useSubmit } from '../../app/use-submit';
import { NoteDialog } from './note-dialog';
import type { Request, StepView } from './types';

export function StepApproval({ request: r, step: s, onChanged }: { request: Request; step: StepView; onChanged: (r: Request) => void }) {
  const { t } = useTranslation();
  const [isReturning, setReturning] = useState(false);
  const { problem, isBusy, run } = useSubmit();
  if (s.allowed.length === 0) return null;
  const path = { id: r.id, stepId: s.id };
  const approve = () => void run(async () => onChanged(await call(api.POST('/api/v1/requests/{id}/steps/{stepId}/approve', { params: { path } }))));
  return (
    <>
      <ProblemAlert problem={problem} />
      <Group gap="xs" mt="xs">
        {s.allowed.includes('approve') ? (
          <Button size="xs" color="teal.9" loading={isBusy} onClick={approve}>
            {t('requests.action.approveStep')}
          </Button>
        ) : null}
        {s.allowed.includes('return') ? (
          <Button size="xs" variant="default" onClick={() => setReturning(true)}>
            {t('requests.action.returnStep')}
          </Button>
        ) : null}
      </Group>
      {isReturning ? (
        <NoteDialog
          title={t('requests.dialog.returnStep.title')}
          message={t('requests.dialog.returnStep.message')}
          noteLabel={t('requests.dialog.returnNote')}
          isNoteRequired
          confirmLabel={t('requests.action.returnStep')}
          onClose={() => setReturning(false)}
          onConfirm={async (note) => {
            onChanged(await call(api.POST('/api/v1/requests/{id}/steps/{stepId}/return', { params: { path }, body: { note: note ?? '' } })));
            setReturning(false);
          }}
        />
      ) : null}
    </>
  );
}
