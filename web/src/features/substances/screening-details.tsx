// Why a line got its verdict: each hit with its explanation, the controls of the subject not in force on the
// date, conflicts between the declared fields and problems with them, all in the UI language.
import { Anchor, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUiLocale } from '../../app/locale';
import { VerdictBadge } from './badges';
import { ControlBases } from './control-basis';
import { formatPartialDate, langOf, textIn } from './format';
import type { Hit, ScreeningField, ScreeningResult } from './types';

function HitView({ hit }: { hit: Hit }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const subject = textIn(hit.subject.names, locale);
  return (
    <Stack gap={4}>
      <Group gap={8}>
        <VerdictBadge verdict={hit.verdict} />
        {hit.subject.kind === 'entry' ? (
          <Anchor component={Link} to={`/substances/${hit.subject.id}`} fw={600} lang={langOf(locale)}>
            {subject}
          </Anchor>
        ) : (
          <Text fw={600}>{t('screening.classSubject', { name: subject })}</Text>
        )}
        <Text size="sm" c="dimmed">
          {t('screening.matchedBy', { basis: t(`screening.basis.${hit.basis}`) })}
          {hit.score !== undefined ? ` · ${t('screening.score', { score: hit.score.toFixed(2) })}` : ''}
        </Text>
      </Group>
      <Text size="sm" lang={langOf(locale)}>
        {textIn(hit.explanation, locale)}
      </Text>
      <ControlBases controls={hit.controls} />
      {hit.upcoming.length > 0 ? (
        <Text size="sm" c="dimmed">
          {t('screening.notInForce')}{' '}
          {hit.upcoming
            .map((c) => `${t(`substances.jurisdiction.${c.jurisdiction}`)} ${textIn(c.listLabel, locale)} (${formatPartialDate(c.since, locale)}${c.until ? ` – ${formatPartialDate(c.until, locale)}` : ''})`)
            .join(locale === 'zh-CN' ? '；' : '; ')}
        </Text>
      ) : null}
    </Stack>
  );
}

export function ScreeningDetails({ result }: { result: ScreeningResult }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const fields = (names: readonly ScreeningField[]) => names.map((f) => t(`screening.field.${f}`)).join(locale === 'zh-CN' ? '、' : ', ');
  return (
    <Stack gap="md" py="xs">
      {result.hits.length > 0 ? (
        <Stack gap="sm">
          <Text size="sm" fw={600}>{t('screening.hits')}</Text>
          {result.hits.map((h) => (
            <HitView key={`${h.basis}:${h.subject.kind}:${h.subject.id}`} hit={h} />
          ))}
        </Stack>
      ) : (
        <Text size="sm">{t('screening.noHits')}</Text>
      )}
      {result.conflicts.length > 0 ? (
        <div>
          <Text size="sm" fw={600}>{t('screening.conflicts')}</Text>
          <List size="sm">
            {result.conflicts.map((c) => (
              <List.Item key={c.fields.join('+') + c.explanation.en}>
                <Text span size="sm" fw={600}>{t('screening.fieldLabel', { field: fields(c.fields) })} </Text>
                <span lang={langOf(locale)}>{textIn(c.explanation, locale)}</span>
              </List.Item>
            ))}
          </List>
        </div>
      ) : null}
      {result.problems.length > 0 ? (
        <div>
          <Text size="sm" fw={600}>{t('screening.problems')}</Text>
          <List size="sm">
            {result.problems.map((p) => (
              <List.Item key={`${p.field}:${p.code}`}>
                <Text span size="sm" fw={600}>{t('screening.fieldLabel', { field: fields([p.field]) })} </Text>
                <span lang={langOf(locale)}>{textIn(p.message, locale)}</span>
              </List.Item>
            ))}
          </List>
        </div>
      ) : null}
    </Stack>
  );
}
