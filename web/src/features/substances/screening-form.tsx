// Lines to screen, pasted one a line as "name; CAS; SMILES; HS", and the date to screen them as of. The text is
// read here, so a count and the 200-line limit show before anything is sent.
import { Button, Code, Group, Stack, Text, Textarea } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../app/components/date-field';
import { MAX_SCREENING_LINES, type ParsedScreening } from './screening-input';

const EXAMPLE = ['; 39742-60-4; ;', 'fentanil;;;', ';;CC(C)(C)OC(=O)N1CCC(Nc2ccc(F)cc2)CC1;', '丙酮; 67-64-1; ; 2914.11', 'Product XJ-400;;;'].join('\n');

type Props = {
  text: string;
  asOf: string;
  parsed: ParsedScreening;
  isBusy: boolean;
  onText: (text: string) => void;
  onAsOf: (asOf: string) => void;
  onSubmit: () => void;
};

export function ScreeningForm({ text, asOf, parsed, isBusy, onText, onAsOf, onSubmit }: Props) {
  const { t } = useTranslation();
  const count = parsed.lines.length;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (count > 0 && !parsed.isTooMany) onSubmit();
  };
  const tooMany = parsed.isTooMany ? t('screening.tooMany', { count, max: MAX_SCREENING_LINES }) : undefined;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" mb="lg">
        <Textarea
          label={t('screening.lines')}
          description={
            <>
              {t('screening.format')} <Code>{t('screening.formatPattern')}</Code>
              <br />
              {t('screening.formatHelp')}
            </>
          }
          value={text}
          onChange={(e) => onText(e.currentTarget.value)}
          error={tooMany}
          autosize
          minRows={6}
          maxRows={16}
          spellCheck={false}
          styles={{ input: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' } }}
        />
        <Text size="sm" aria-live="polite">
          {t('screening.lineCount', { count, max: MAX_SCREENING_LINES })}
        </Text>
        <Group align="flex-end" gap="md" wrap="wrap">
          <DateField label={t('screening.asOf')} description={t('screening.asOfHelp')} value={asOf} onChange={onAsOf} w={300} required />
          <Button type="submit" loading={isBusy} disabled={count === 0 || parsed.isTooMany}>
            {t('screening.submit')}
          </Button>
          <Button variant="default" onClick={() => onText(EXAMPLE)}>
            {t('screening.example')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
