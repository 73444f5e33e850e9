// The roll-up above the board: one sentence per party ("US: 7 of 9 kept, CN: 5 of 8 kept, since 1 Jan 2024"), and
// the tallies behind it per party, per topic and per meeting — made, kept on time, late, overdue, still open, dropped — counted
// by the node over the board's due period, overdue as of today in this party's zone.
import { Accordion, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context';
import { useUiLocale } from '../../app/locale';
import { formatDay } from '../../app/time';
import { useReference } from '../directory/reference';
import { useMeetingLists } from './codes';
import { keptShare, meetingLines, partyLines, rollUpSentence, topicLines, type TallyLine } from './commitments-rollup';
import type { RollUp } from './commitments-types';

function TallyTable({ lines, caption, label }: { lines: TallyLine[]; caption: string; label: (key: string) => string }) {
  const { t } = useTranslation();
  const cols = ['made', 'kept', 'keptOnTime', 'late', 'overdue', 'unsettled', 'dropped'] as const;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table fz="sm" striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{caption}</Table.Th>
            {cols.map((c) => (
              <Table.Th key={c} scope="col" ta="right">
                {t(`commitments.rollUp.col.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={l.key}>
              <Table.Th scope="row">{label(l.key)}</Table.Th>
              {cols.map((c) => (
                <Table.Td key={c} ta="right" c={c === 'overdue' && l.overdue > 0 ? 'red.9' : undefined}>
                  {c === 'kept' ? t('commitments.rollUp.keptShare', { kept: l.kept, share: keptShare(l) ?? 0 }) : l[c]}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The tallies behind the sentence, per party, per topic and per meeting; nothing when no party has any. */
function RollUpTallies({ rollUp, own }: { rollUp: RollUp; own: string }) {
  const { t } = useTranslation();
  const ref = useReference();
  const lists = useMeetingLists();
  const parties = partyLines(rollUp.byParty, own);
  const topics = topicLines(rollUp.byTopic);
  const meetings = meetingLines(rollUp.byMeeting);
  if (parties.length === 0) return null;
  return (
    <Accordion variant="contained" mt="sm" multiple>
      <Accordion.Item value="parties">
        <Accordion.Control>{t('commitments.rollUp.byParty')}</Accordion.Control>
        <Accordion.Panel>
          <TallyTable lines={parties} caption={t('commitments.rollUp.partyCol')} label={(p) => `${ref.partyLabel(p)} (${p})`} />
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="topics">
        <Accordion.Control>{t('commitments.rollUp.byTopic')}</Accordion.Control>
        <Accordion.Panel>
          <TallyTable lines={topics} caption={t('commitments.rollUp.topicCol')} label={(code) => lists.label('topics', code)} />
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="meetings">
        <Accordion.Control>{t('commitments.rollUp.byMeeting')}</Accordion.Control>
        <Accordion.Panel>
          <TallyTable lines={meetings} caption={t('commitments.rollUp.meetingCol')} label={(reference) => reference || t('commitments.rollUp.noMeeting')} />
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

export function RollUpView({ rollUp }: { rollUp: RollUp }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const me = useMe();
  const own = me.agency.partyCode;
  const sentence = rollUpSentence(rollUp, { ownParty: own, say: (key, params) => t(key, params ?? {}), separator: t('commitments.rollUp.separator'), day: (d) => formatDay(d, locale) });
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="commitments-rollup">
      <Title order={2} size="h4" id="commitments-rollup">
        {t('commitments.rollUp.title')}
      </Title>
      <Text size="lg" fw={600} mt="xs" data-testid="rollup-sentence">
        {sentence}
      </Text>
      <Text size="xs" c="dimmed">
        {t('commitments.rollUp.asOf', { day: formatDay(rollUp.asOf, locale) })}
      </Text>
      <RollUpTallies rollUp={rollUp} own={own} />
    </Paper>
  );
}
