// The agenda by topic: each item's title and every party's note on it, this party's and the others' told apart by
// a badge and in words, each in the reader's language first with the original one click away (the translate
// controls of the record). Then the decisions each party recorded, on an item or on the meeting as a whole.
import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../app/components/section';
import { TranslatableText } from '../../app/components/translatable-text';
import { PartyBadge } from '../directory/party-badge';
import { useReference } from '../directory/reference';
import { useMeetingLists } from './codes';
import type { AgendaView, Meeting } from './types';

const lang = (l: string): 'en' | 'zh' => (l === 'zh' ? 'zh' : 'en');

/** The agenda's items under their topics, topics in the order the agenda first names them. */
export function byTopic(agenda: readonly AgendaView[]): [string, AgendaView[]][] {
  const groups = new Map<string, AgendaView[]>();
  for (const item of agenda) groups.set(item.topic, [...(groups.get(item.topic) ?? []), item]);
  return [...groups];
}

function OwnerMark({ party }: { party: string }) {
  const { t } = useTranslation();
  const ref = useReference();
  const isOwn = ref.party(party)?.isSelf === true;
  return (
    <Group gap={6}>
      <PartyBadge code={party} />
      <Badge variant="outline" color={isOwn ? 'blue.9' : 'teal.9'} tt="none" size="sm">
        {isOwn ? t('meetings.agenda.ownNote') : t('meetings.agenda.otherNote', { party: ref.partyLabel(party) })}
      </Badge>
    </Group>
  );
}

function AgendaItem({ item, language }: { item: AgendaView; language: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="li" style={{ listStyle: 'none' }}>
      <TranslatableText field={`agenda.${item.id}.title`} text={item.title} lang={lang(language)} fw={600} />
      {item.notes.length === 0 ? (
        <Text size="sm" c="dimmed" mt={4}>
          {t('meetings.agenda.noNotes')}
        </Text>
      ) : (
        <Stack gap="sm" mt="xs">
          {item.notes.map((n) => (
            <Stack key={n.party} gap={4} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}>
              <OwnerMark party={n.party} />
              <TranslatableText field={`parts.${n.party}.notes.${item.id}`} text={n.text} lang={lang(n.language)} size="sm" />
            </Stack>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

export function MeetingAgenda({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const lists = useMeetingLists();
  return (
    <Section title={t('meetings.detail.agenda')}>
      {m.agenda.length === 0 ? (
        <Text size="sm">{t('meetings.agenda.empty')}</Text>
      ) : (
        <Stack gap="md">
          {byTopic(m.agenda).map(([topic, items]) => (
            <Stack key={topic} gap="xs">
              <Title order={3} size="h5">
                {lists.label('topics', topic)}
              </Title>
              <Stack component="ul" gap="xs" m={0} p={0}>
                {items.map((item) => (
                  <AgendaItem key={item.id} item={item} language={m.language} />
                ))}
              </Stack>
            </Stack>
          ))}
        </Stack>
      )}
    </Section>
  );
}

export function MeetingDecisions({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const titleOf = (itemId: string | null) => m.agenda.find((a) => a.id === itemId)?.title;
  return (
    <Section title={t('meetings.detail.decisions')}>
      {m.decisions.length === 0 ? (
        <Text size="sm">{t('meetings.decisions.empty')}</Text>
      ) : (
        <List spacing="sm" listStyleType="none" p={0}>
          {m.decisions.map((d) => (
            <List.Item key={`${d.party}:${d.id}`}>
              <Stack gap={4}>
                <Group gap="xs">
                  <OwnerMark party={d.party} />
                  <Text size="xs" c="dimmed">
                    {titleOf(d.itemId) ? t('meetings.decisions.onItem', { item: titleOf(d.itemId) }) : t('meetings.decisions.onMeeting')}
                  </Text>
                </Group>
                <TranslatableText field={`parts.${d.party}.decisions.${d.id}`} text={d.text} lang={lang(d.language)} size="sm" />
              </Stack>
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}
