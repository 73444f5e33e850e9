// Deconfliction on the receiving node: for each entity of the request that this party's own records also name, a
// sentence ("We hold 2 records naming the company Huaxin …") and those records, each a link.
import { Anchor, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Filled, slot } from '../../app/components/filled';
import { Section } from '../../app/components/section';
import { EntityLinkTo, useEntityLabels } from '../incidents/entity-value';
import { mentionPath } from '../incidents/types';
import type { Holding } from './types';

type Mention = Holding['records'][number];

function MentionLink({ m }: { m: Mention }) {
  const { t } = useTranslation();
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
      <Text size="sm">{t(`incidents.recordKinds.${m.recordKind}`, { defaultValue: m.recordKind })}</Text>
    </Group>
  );
}

export function HoldingsSection({ holdings }: { holdings: readonly Holding[] }) {
  const { t } = useTranslation();
  const labels = useEntityLabels();
  return (
    <Section title={t('requests.holdings.title')}>
      {holdings.length === 0 ? (
        <Text size="sm">{t('requests.holdings.none')}</Text>
      ) : (
        <Stack gap="md" data-testid="holdings">
          {holdings.map((h) => (
            <Stack gap={4} key={`${h.kind}:${h.key}`}>
              <Text size="sm">
                <Filled text={t('requests.holdings.sentence', { count: h.total, kind: labels.noun(h.kind), value: slot('value') })} parts={{ value: <EntityLinkTo kind={h.kind} entityKey={h.key} value={h.value} /> }} />
              </Text>
              <List size="sm" spacing={2}>
                {h.records.map((m) => (
                  <List.Item key={`${m.recordKind}:${m.recordId}`}>
                    <MentionLink m={m} />
                  </List.Item>
                ))}
              </List>
            </Stack>
          ))}
        </Stack>
      )}
    </Section>
  );
}
