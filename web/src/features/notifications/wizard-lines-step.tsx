// Step 2: the chemicals, one line each, each screened as it is typed (see use-live-screening).
import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../app/api/problem';
import { emptyLine, MAX_LINES, type LineDraft } from './draft';
import { LineFields } from './line-fields';
import { LineScreeningNote } from './line-screening-note';
import type { LineScreening } from './use-live-screening';
import type { StepProps } from './wizard-step';

type Props = StepProps & { screenings: LineScreening[]; screeningProblem: ApiProblem | null };

export function WizardLinesStep({ draft, change, errorFor, screenings, screeningProblem }: Props) {
  const { t } = useTranslation();
  const lang = draft.language === 'zh' ? 'zh-CN' : 'en';
  const setLine = (index: number, line: LineDraft) => change({ lines: draft.lines.map((l, i) => (i === index ? line : l)) });
  const removeLine = (index: number) => change({ lines: draft.lines.filter((_, i) => i !== index) });
  return (
    <Stack>
      <Text size="sm">{t('notificationForm.linesIntro')}</Text>
      {errorFor('lines') ? (
        <Text size="sm" c="red.9" role="alert">
          {errorFor('lines')}
        </Text>
      ) : null}
      {draft.lines.map((line, i) => (
        <LineFields
          key={line.key}
          line={line}
          index={i}
          canRemove={draft.lines.length > 1}
          lang={lang}
          onChange={(next) => setLine(i, next)}
          onRemove={() => removeLine(i)}
          errorFor={errorFor}
          screening={<LineScreeningNote screening={screenings[i] ?? { state: 'empty' }} problem={screeningProblem} lineNo={i + 1} />}
        />
      ))}
      <div>
        <Button variant="default" onClick={() => change({ lines: [...draft.lines, emptyLine()] })} disabled={draft.lines.length >= MAX_LINES}>
          {t('notificationForm.addLine')}
        </Button>
      </div>
    </Stack>
  );
}
