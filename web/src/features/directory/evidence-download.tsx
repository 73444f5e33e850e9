// "Download evidence": the contact's signed envelopes and receipts as a JSON file that anyone can verify offline
// with the node's command-line tool, without trusting this node's database.
import { Button, Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useSubmit } from '../../app/use-submit';
import { saveBlob } from '../../app/download';


export function EvidenceDownload({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const { problem, isBusy, run } = useSubmit();
  const download = () =>
    run(async () => {
      const blob = await call(api.GET('/api/v1/contacts/{id}/evidence', { params: { path: { id: contactId } }, parseAs: 'blob' }));
      saveBlob(blob, `evidence-contact-${contactId}.json`);
    });
  return (
    <Stack gap="xs" align="flex-start">
      <ProblemAlert problem={problem} />
      <Group gap="sm" align="center">
        <Button variant="default" onClick={() => void download()} loading={isBusy}>
          {t('contactExchange.downloadEvidence')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('contactExchange.evidenceHelp')} <Code>{`counterpart exchange verify-evidence <${t('contactExchange.evidenceFile')}>`}</Code>
      </Text>
    </Stack>
  );
}
