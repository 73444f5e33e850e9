// Beside each chemical line: what this node's screening makes of it as typed — the verdict and its summary in the
// UI language, what it was identified as, and why (on request). An unidentified line can still be filed, but only
// a CAS number or a structure lets the other party's screening, and the links, find the same substance.
import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../../app/api/problem';
import { useProblemMessage } from '../../../app/components/problem-alert';
import { useUiLocale } from '../../../app/locale';
import type { LineScreening } from '../../notifications/use-live-screening';
import { VerdictBadge } from '../../substances/badges';
import { langOf, textIn } from '../../substances/format';
import { IdentifiedNames } from '../../substances/identified-names';
import { ScreeningDetails } from '../../substances/screening-details';

type Props = { screening: LineScreening; problem: ApiProblem | null; itemNo: number };

export function ChemicalScreeningNote({ screening, problem, itemNo }: Props) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const locale = useUiLocale();
  const [isOpen, setOpen] = useState(false);
  const detailsId = `item-screening-${itemNo}`;
  let body;
  if (screening.state === 'empty') body = <Text size="sm" c="dimmed">{t('incidentForm.screeningEmpty')}</Text>;
  else if (screening.state === 'checking')
    body = problem ? (
      <Text size="sm" c="red.9">
        {t('incidentForm.screeningFailed', { reason: message(problem) })}
      </Text>
    ) : (
      <Group gap="xs">
        <Loader size="xs" aria-hidden />
        <Text size="sm">{t('incidentForm.screeningBusy')}</Text>
      </Group>
    );
  else {
    const { result } = screening;
    body = (
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <VerdictBadge verdict={result.verdict} />
          <Text size="sm" lang={langOf(locale)}>
            {textIn(result.summary, locale)}
          </Text>
        </Group>
        <IdentifiedNames substances={result.identified} size="sm" />
        {result.verdict === 'insufficient-identity' ? (
          <Alert color="gray.8" variant="outline" p="xs">
            <Text size="sm">{t('incidentForm.needsIdentity')}</Text>
          </Alert>
        ) : null}
        <div>
          <Button size="xs" variant="subtle" px={0} onClick={() => setOpen((v) => !v)} aria-expanded={isOpen} aria-controls={isOpen ? detailsId : undefined}>
            {isOpen ? t('screening.hideDetails') : t('incidentForm.whyVerdict')}
          </Button>
          {isOpen ? (
            <div id={detailsId}>
              <ScreeningDetails result={result} />
            </div>
          ) : null}
        </div>
      </Stack>
    );
  }
  return (
    <Stack gap={4} aria-live="polite">
      <Text size="xs" fw={700} c="dimmed">
        {t('incidentForm.screeningTitle')}
      </Text>
      {body}
    </Stack>
  );
}
