// The notification as a printable PDF, its labels in English and Chinese side by side, for a file or a meeting:
// downloaded as the clearance PDF is (clearance-downloads.tsx), named by the reference. Anyone who may read the
// notification may print it; the server audits the download.
import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { ProblemAlert } from '../../app/components/problem-alert';
import { saveBlob } from '../../app/download';
import { useSubmit } from '../../app/use-submit';
import type { Notification } from './types';

/** The download button, for the actions row, and its problem alert, for below the row (not squeezed into it). */
export function useNotificationPdf(n: Notification): { button: ReactNode; alert: ReactNode } {
  const { t } = useTranslation();
  const { problem, isBusy, run } = useSubmit();
  const download = () =>
    void run(async () => {
      saveBlob(await call(api.GET('/api/v1/notifications/{id}/notification.pdf', { params: { path: { id: n.id } }, parseAs: 'blob' })), `${n.reference}.pdf`);
    });
  const button = (
    <Button variant="default" onClick={download} loading={isBusy}>
      {t('notification.printPdf')}
    </Button>
  );
  return { button, alert: <ProblemAlert problem={problem} /> };
}
