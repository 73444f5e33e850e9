// The importing authority's signed decision, to keep or to show at the border: the JSON bundle (the signed
// document, its QR text and the key that verifies both offline) and the printable PDF with the QR code.
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../app/api/client';
import { ProblemAlert } from '../../app/components/problem-alert';
import { saveBlob } from '../../app/download';
import { useSubmit } from '../../app/use-submit';
import type { Notification } from './types';

export function ClearanceDownloads({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const { problem, isBusy, run } = useSubmit();
  const params = { path: { id: n.id } };
  const isObjection = n.reply === 'objected';
  const downloadJson = () =>
    void run(async () => {
      saveBlob(await call(api.GET('/api/v1/notifications/{id}/clearance', { params, parseAs: 'blob' })), `clearance-${n.reference}.json`);
    });
  const downloadPdf = () =>
    void run(async () => {
      saveBlob(await call(api.GET('/api/v1/notifications/{id}/clearance.pdf', { params, parseAs: 'blob' })), `clearance-${n.reference}.pdf`);
    });
  return (
    <Stack gap="sm" align="flex-start">
      <Text size="sm">{isObjection ? t('notification.objectionHelp') : t('notification.clearanceHelp')}</Text>
      <ProblemAlert problem={problem} />
      <Group gap="sm">
        <Button variant="default" onClick={downloadPdf} loading={isBusy}>
          {t('notification.downloadPdf')}
        </Button>
        <Button variant="default" onClick={downloadJson} loading={isBusy}>
          {t('notification.downloadJson')}
        </Button>
      </Group>
      <Anchor component={Link} to="/verify" size="sm">
        {t('notification.verifyLink')}
      </Anchor>
    </Stack>
  );
}
