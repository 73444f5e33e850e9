// A readout's texts side by side: the original in its author's language, marked as the original, and the
// translation into the other language, marked with who made it (a person, or a machine and who pasted it) and when,
// and a STALE warning when the original changed after it was made. A joint readout shows each other party's text
// held here the same way. Problems a refused clearance or release found are shown under the text they concern.
import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import type { FieldIssue } from '../../app/api/problem';
import { useCodeLists } from '../../app/code-lists';
import { useMe } from '../../app/auth-context';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { htmlLang } from '../../app/translations';
import { useApiQuery } from '../../app/use-api-query';
import { PartyBadge } from '../directory/party-badge';
import { DARK_ORANGE } from '../notifications/badges';
import { otherLang } from './readout-draft';
import { useIssueTextWith, WG_WORDS } from './problem-words';
import type { IssueGroup } from './readout-problems';
import type { PartnerView, Readout, ReadoutLang } from './readout-types';

/** The problems found in one text or field, in red under it. */
export function IssueLines({ issues }: { issues: readonly FieldIssue[] }) {
  const text = useIssueTextWith(WG_WORDS);
  if (issues.length === 0) return null;
  return (
    <Stack gap={2} mt="xs" role="list">
      {issues.map((i) => (
        <Text key={`${i.path}:${i.message}`} size="sm" c="red.9" fw={600} role="listitem">
          {text(i)}
        </Text>
      ))}
    </Stack>
  );
}

type ColumnProps = { heading: string; marker: ReactNode; lang: ReadoutLang; title: string; body: string; issues: readonly FieldIssue[]; testId: string };

function TextColumn({ heading, marker, lang, title, body, issues, testId }: ColumnProps) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Group justify="space-between" mb="xs" wrap="wrap" gap="xs">
        <Text size="sm" fw={600} c="dimmed">
          {heading}
        </Text>
        {marker}
      </Group>
      <Stack gap="xs" lang={htmlLang(lang)} data-record="">
        <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {body}
        </Text>
      </Stack>
      <IssueLines issues={issues} />
    </Paper>
  );
}

type Texts = Pick<Readout, 'language' | 'title' | 'body' | 'translation' | 'stale'>;

function TranslationMarker({ r }: { r: Texts }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  if (!r.translation) return null;
  const at = formatDateTime(r.translation.at, { locale, timeZone: me.timeZone });
  return (
    <Stack gap={2} align="flex-end">
      <Group gap={4}>
        <Badge color="indigo.9" variant="outline" tt="none">
          {t('readouts.texts.translationMark')}
        </Badge>
        {r.stale ? (
          <Badge color={DARK_ORANGE} variant="filled" tt="none">
            {t('readouts.texts.stale')}
          </Badge>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed">
        {t(`readouts.texts.by.${r.translation.by}`, { name: r.translation.byName, at })}
      </Text>
    </Stack>
  );
}

/** One party's texts: the original and, beside it, its translation (or a note that there is none yet). */
export function TextPair({ r, issuesOf }: { r: Texts; issuesOf: (field: 'title' | 'body' | 'translation') => FieldIssue[] }) {
  const { t } = useTranslation();
  const codes = useCodeLists();
  const other = otherLang(r.language);
  const original = <Badge color="blue.9" variant="filled" tt="none">{t('readouts.texts.originalMark')}</Badge>;
  return (
    <Stack gap="xs">
      {r.stale && r.translation ? (
        <Alert color={DARK_ORANGE} variant="outline" title={t('readouts.texts.staleTitle')} role="status">
          {t('readouts.texts.staleHelp')}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextColumn heading={t('readouts.texts.in', { language: codes.label('languages', r.language) })} marker={original} lang={r.language} title={r.title} body={r.body} issues={[...issuesOf('title'), ...issuesOf('body')]} testId="readout-original" />
        {r.translation ? (
          <TextColumn heading={t('readouts.texts.in', { language: codes.label('languages', other) })} marker={<TranslationMarker r={r} />} lang={other} title={r.translation.title} body={r.translation.body} issues={issuesOf('translation')} testId="readout-translation" />
        ) : (
          <Paper withBorder p="md" data-testid="readout-translation">
            <Text size="sm" c="dimmed">
              {t('readouts.texts.noTranslation', { language: codes.label('languages', other) })}
            </Text>
            <IssueLines issues={issuesOf('translation')} />
          </Paper>
        )}
      </SimpleGrid>
    </Stack>
  );
}

const issuesIn = (groups: readonly IssueGroup[], field: string, party: string | null = null): FieldIssue[] => groups.filter((g) => g.field === field && g.party === party).flatMap((g) => g.issues);

export function ReadoutTexts({ readout, issues }: { readout: Readout; issues: readonly IssueGroup[] }) {
  return <TextPair r={readout} issuesOf={(field) => issuesIn(issues, field)} />;
}

/** Another party's text of a joint readout, as held here (read whole from the node). */
function PartnerText({ partner, issues }: { partner: PartnerView; issues: readonly IssueGroup[] }) {
  const { t } = useTranslation();
  const query = useApiQuery(() => call(api.GET('/api/v1/readouts/{id}', { params: { path: { id: partner.id } } })), [partner.id, partner.version]);
  const partnerIssues = issuesIn(issues, 'partner', partner.party);
  return (
    <Stack gap="xs" data-testid="readout-partner">
      <Group gap="xs">
        <PartyBadge code={partner.party} />
        <Text size="sm" fw={600} className="mono">
          {partner.reference}
        </Text>
        <Badge color={partner.cleared ? 'teal.9' : 'gray.7'} variant="outline" tt="none">
          {partner.cleared ? t('readouts.partner.cleared') : t('readouts.partner.notCleared')}
        </Badge>
      </Group>
      {query.data ? <TextPair r={query.data} issuesOf={() => []} /> : <Text size="sm" c="dimmed">{partner.title}</Text>}
      <IssueLines issues={partnerIssues} />
    </Stack>
  );
}

export function PartnerTexts({ readout, issues }: { readout: Readout; issues: readonly IssueGroup[] }) {
  const { t } = useTranslation();
  if (readout.kind !== 'joint') return null;
  if (readout.partners.length === 0) return <Text size="sm" c="dimmed">{t('readouts.partner.none')}</Text>;
  return (
    <Stack>
      {readout.partners.map((p) => (
        <PartnerText key={p.id} partner={p} issues={issues} />
      ))}
    </Stack>
  );
}
