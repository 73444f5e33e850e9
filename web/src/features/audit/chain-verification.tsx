// "Verify chain": asks the node to recompute the audit hash chain and shows the outcome or the first broken row.
import { Alert, Button, Code, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { toProblem, type ApiProblem } from '../../app/api/problem';
import type { ChainVerification } from '../../app/api/types';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useUiLocale } from '../../app/locale';

export function ChainVerificationPanel() {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const [result, setResult] = useState<ChainVerification | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [isBusy, setBusy] = useState(false);

  const verify = async () => {
    setBusy(true);
    setProblem(null);
    setResult(null);
    try {
      setResult(await call(api.GET('/api/v1/audit/verification')));
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm" mb="lg" align="flex-start">
      <Button onClick={() => void verify()} loading={isBusy}>
        {t('audit.verifyChain')}
      </Button>
      <ProblemAlert problem={problem} />
      <div aria-live="polite" style={{ width: '100%' }}>
        {result?.ok === true ? (
          <Alert color="teal.9" variant="outline" title={t('audit.chainOk')}>
            <Text size="sm">{t('audit.chainChecked', { checked: result.checked })}</Text>
            {result.headHash ? (
              <Text size="sm">
                {t('audit.headHash')} <Code className="mono">{result.headHash}</Code>
              </Text>
            ) : null}
          </Alert>
        ) : null}
        {result?.ok === false ? (
          <Alert color="red.9" variant="outline" role="alert" title={t('audit.chainBroken')}>
            <Text size="sm">{t('audit.chainBrokenAt', { seq: result.brokenAt, checked: result.checked })}</Text>
            {locale === 'en' ? <Text size="sm">{result.reason}</Text> : null}
          </Alert>
        ) : null}
      </div>
    </Stack>
  );
}
