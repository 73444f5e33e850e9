// Recovery codes are shown once, right after enrolment; the user must store them before leaving.
import { Alert, Button, Code, CopyButton, Group, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Alert color="red.9" variant="outline" role="alert" title={t('totp.recoveryTitle')}>
        {t('totp.recoveryWarning')}
      </Alert>
      <SimpleGrid cols={{ base: 1, xs: 2 }} component="ul" spacing="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('totp.recoveryListLabel')}>
        {codes.map((c) => (
          <li key={c}>
            <Code fz="md">{c}</Code>
          </li>
        ))}
      </SimpleGrid>
      <Group>
        <CopyButton value={codes.join('\n')}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? t('common.copied') : t('totp.copyCodes')}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onDone}>{t('totp.storedCodes')}</Button>
      </Group>
    </Stack>
  );
}
