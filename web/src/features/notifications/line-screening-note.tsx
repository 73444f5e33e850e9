// Under each chemical line of the wizard: what screening makes of it as typed — the verdict and its summary in the
// UI language, why (on request), and what the verdict means for the notification: an unidentified chemical cannot
// be sent, and a line controlled by rule or an analogue needs a supervisor's review first.
import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../app/api/problem';
import { useProblemMessage } from '../../app/components/problem-alert';
import { useUiLocale } from '../../app/locale';
import { VerdictBadge } from '../substances/badges';
import { langOf, textIn } from '../substances/format';
import { IdentifiedNames } from '../substances/identified-names';
import { ScreeningDetails } from '../substances/screening-details';
import type { ScreeningResult, Verdict } from '../substances/types';
import type { LineScreening } from './use-live-screening';

export const REVIEW_VERDICTS: readonly Verdict[] = ['controlled-by-rule', 'analogue'];

type Props = { screening: LineScreening; problem: ApiProblem | null; lineNo: number };

export function LineScreeningNote(props: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} aria-live="polite">
      <Text size="xs" fw={700} c="dimmed">
        {t('notificationForm.screeningTitle')}
      </Text>
      <NoteBody {...props} />
    </Stack>
  );
}

function NoteBody({ screening, problem, lineNo }: Props) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  if (screening.state === 'empty') return <Text size="sm" c="dimmed">{t('notificationForm.screeningEmpty')}</Text>;
  if (screening.state === 'checking') {
    if (problem) return <Text size="sm" c="red.9">{t('notificationForm.screeningFailed', { reason: message(problem) })}</Text>;
    return (
      <Group gap="xs">
        <Loader size="xs" aria-hidden />
        <Text size="sm">{t('notificationForm.screeningBusy')}</Text>
      </Group>
    );
  }
  return <ScreenedLine result={screening.result} lineNo={lineNo} />;
}

function ScreenedLine({ result, lineNo }: { result: ScreeningResult; lineNo: number }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const [isOpen, setOpen] = useState(false);
  const detailsId = `line-screening-${lineNo}`;
  return (
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
          <Text size="sm">{t('notificationForm.needsIdentity')}</Text>
        </Alert>
      ) : null}
      {REVIEW_VERDICTS.includes(result.verdict) ? (
        <Alert color="#b8400d" variant="outline" p="xs">
          <Text size="sm">{t('notificationForm.needsReview')}</Text>
        </Alert>
      ) : null}
      <div>
        <Button size="xs" variant="subtle" px={0} onClick={() => setOpen((v) => !v)} aria-expanded={isOpen} aria-controls={isOpen ? detailsId : undefined}>
          {isOpen ? t('screening.hideDetails') : t('notificationForm.whyVerdict')}
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
