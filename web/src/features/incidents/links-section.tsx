// Where this incident touches other records: for each of its entities that other records name too, a sentence
// ("The consignee's phone +86 138 0013 8000 appears in 3 other records, 1 from CN") and the most recent of them,
// each a link. Only records the reader may read are counted (a count could reveal one they may not know of).
import { Anchor, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Filled, slot } from '../../app/components/filled';
import { Section } from '../../app/components/section';
import { formatList } from '../../app/format';
import { useUiLocale } from '../../app/locale';
import { formatDay } from '../../app/time';
import { PartyBadge } from '../directory/party-badge';
import { useReference } from '../directory/reference';
import { EntityLinkTo, EntityValue, useEntityLabels } from './entity-value';
import { entityPath, mentionPath, type EntityLink, type RecordMention } from './types';

function Mention({ m }: { m: RecordMention }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const labels = useEntityLabels();
  const to = mentionPath(m);
  return (
    <Group gap={6} wrap="wrap">
      {to ? (
        <Anchor component={Link} to={to} size="sm" fw={600}>
          {m.reference}
        </Anchor>
      ) : (
        <Text size="sm">{m.reference}</Text>
      )}
      <PartyBadge code={m.originParty} />
      <Text size="sm">{t(`incidents.recordKinds.${m.recordKind}`, { defaultValue: m.recordKind })}</Text>
      {m.recordDate ? <Text size="sm">{formatDay(m.recordDate, locale)}</Text> : null}
      <Text size="sm" c="dimmed">
        <Filled text={t('incidents.links.asRole', { role: labels.role(m.role), value: slot('value') })} parts={{ value: <EntityValue value={m.value} /> }} />
      </Text>
    </Group>
  );
}

/** "1 from CN, 2 from US": each party's count in the reader's words. */
function useByParty() {
  const { t } = useTranslation();
  const ref = useReference();
  const locale = useUiLocale();
  return (byParty: Record<string, number>) =>
    formatList(
      Object.entries(byParty)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([party, count]) => t('incidents.links.fromParty', { count, party: ref.partyLabel(party) })),
      locale,
    );
}

function LinkItem({ link }: { link: EntityLink }) {
  const { t } = useTranslation();
  const labels = useEntityLabels();
  const byParty = useByParty();
  const value = <EntityLinkTo kind={link.kind} entityKey={link.key} value={link.value} />;
  const who = { kind: labels.noun(link.kind), role: labels.role(link.role) };
  if (link.tooCommon) {
    return <Filled text={t('incidents.links.tooCommon', { ...who, value: slot('value') })} parts={{ value }} />;
  }
  const key = link.role === 'other' ? 'incidents.links.sentenceNoRole' : 'incidents.links.sentence';
  const shown = link.records.length;
  return (
    <Stack gap={4}>
      <Text size="sm">
        <Filled text={t(key, { ...who, value: slot('value'), count: link.total, parties: byParty(link.byParty) })} parts={{ value }} />
      </Text>
      <List size="sm" spacing={2}>
        {link.records.map((m) => (
          <List.Item key={`${m.recordKind}:${m.recordId}`}>
            <Mention m={m} />
          </List.Item>
        ))}
      </List>
      {link.total > shown ? (
        <Anchor component={Link} to={entityPath(link.kind, link.key)} size="sm">
          {t('incidents.links.seeAll', { count: link.total })}
        </Anchor>
      ) : null}
    </Stack>
  );
}

export function LinksSection({ links }: { links: EntityLink[] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('incidents.detail.sectionLinks')}>
      {links.length === 0 ? (
        <Text size="sm">{t('incidents.links.none')}</Text>
      ) : (
        <Stack gap="md">
          {links.map((l) => (
            <LinkItem key={`${l.kind}:${l.key}`} link={l} />
          ))}
        </Stack>
      )}
    </Section>
  );
}
