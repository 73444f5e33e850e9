// What happened to the notification on both nodes, oldest first: who (party and person), what, when (in the
// viewer's zone) and the note given, and beside an answer to a request for information the documents given with it.
// Event kinds are named in the UI language; a kind this UI does not know yet is shown by its code.
import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context';
import { Filled, slot } from '../../app/components/filled';
import { PersonName } from '../../app/components/person-name';
import { TranslatableText } from '../../app/components/translatable-text';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { formatList } from '../../app/format';
import { PartyBadge } from '../directory/party-badge';
import { useReference } from '../directory/reference';
import { AnswerDocuments } from './answer-documents';
import { documentsByAnswer } from './attachments';
import { ChosenPhrases } from './chosen-phrases';
import { isVerdict } from '../substances/types';
import { readMadePenNote } from './importer-scheme';
import { isEventKind, type AttachmentView, type EventView } from './types';

/** `controlled → clear` (the importer's screening differs) as verdict names; `3` (people reminded) as a count. */
function useEventNote(): (event: EventView) => string | null {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const ref = useReference();
  return (event) => {
    if (event.note === null) return null;
    // `lines 1, 3 controlled in CN`: the importer's law made a PEN Light a PEN there, said in the reader's language.
    const madePen = event.kind === 'made-pen-here' ? readMadePenNote(event.note) : null;
    if (madePen) {
      const key = madePen.lines.length === 1 ? 'notification.event.madePenHereOne' : 'notification.event.madePenHere';
      return t(key, { party: ref.partyLabel(madePen.party), lines: formatList(madePen.lines, locale) });
    }
    if (event.kind === 'screened-differently') {
      const [from, to] = event.note.split('→').map((s) => s.trim());
      if (isVerdict(from) && isVerdict(to)) return t('notification.event.verdictChange', { from: t(`screening.verdict.${from}`), to: t(`screening.verdict.${to}`) });
    }
    if ((event.kind === 'reminder-sent' || event.kind === 'escalated') && /^\d+$/.test(event.note)) return t('notification.event.peopleNotified', { count: Number(event.note) });
    return event.note;
  };
}

/** "by …": the node's own jobs by name, a person as the reader reads the name (pinyin beside a Chinese one). */
function EventBy({ actorName }: { actorName: string }) {
  const { t } = useTranslation();
  const actor = actorName === 'system' ? t('notification.event.system') : <PersonName name={actorName} />;
  return (
    <Text size="sm" c="dimmed">
      <Filled text={t('notification.event.by', { actor: slot('actor') })} parts={{ actor }} />
    </Text>
  );
}

type Props = { events: EventView[]; notificationId?: string; attachments?: readonly AttachmentView[] };

export function Timeline({ events, notificationId, attachments = [] }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const noteOf = useEventNote();
  const { byAnswer } = documentsByAnswer(attachments, events);
  return (
    <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('notification.timelineLabel')}>
      {events.map((e) => {
        const note = noteOf(e);
        return (
          <Paper component="li" key={e.id} withBorder p="sm" style={{ borderLeft: '4px solid var(--mantine-color-blue-8)' }}>
            <Group gap="xs" wrap="wrap" justify="space-between">
              <Group gap="xs" wrap="wrap">
                <PartyBadge code={e.party} />
                <Text fw={600}>{isEventKind(e.kind) ? t(`notification.event.kind.${e.kind}`) : e.kind}</Text>
                {/* The node itself (receipt, its own screening) is named by its party's badge already. */}
                {e.actorName === e.party ? null : <EventBy actorName={e.actorName} />}
              </Group>
              <Text size="sm" c="dimmed">
                {formatDateTime(e.at, { locale, timeZone: me.timeZone })}
              </Text>
            </Group>
            {/* Standard phrases in the reader's language from this node's list; the note beside them is free text. */}
            {e.codes.length > 0 ? (
              <Box mt={4}>
                <ChosenPhrases codes={e.codes} />
              </Box>
            ) : null}
            {/* A note as its author wrote it is free text, shown in the reader's language first; a derived one is not. */}
            {note !== null && note === e.note ? (
              <Box mt={4}>
                <TranslatableText field={`events.${e.id}.note`} text={note} size="sm" />
              </Box>
            ) : note ? (
              <Text size="sm" mt={4}>
                {note}
              </Text>
            ) : null}
            {notificationId ? <AnswerDocuments notificationId={notificationId} documents={byAnswer.get(e.id) ?? []} /> : null}
          </Paper>
        );
      })}
    </Stack>
  );
}
