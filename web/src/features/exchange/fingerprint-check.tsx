// Shown after a peer's key is entered: the fingerprint the node computed, to be read out to the other party's
// administrator on a telephone number known from before (never one taken from the same message as the key).
import { Alert, Code, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatFingerprint } from './fingerprint';

export function FingerprintCheck({ title, party, fingerprint }: { title: string; party: string; fingerprint: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal.9" variant="outline" title={title}>
      <Text size="sm" mb="xs">
        {t('peers.confirmByPhone', { party })}
      </Text>
      <Code block fz="md" className="fingerprint" translate="no">
        {formatFingerprint(fingerprint)}
      </Code>
    </Alert>
  );
}
