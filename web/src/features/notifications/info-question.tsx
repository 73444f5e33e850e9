// What the importing party asked for, shown where the exporter answers it: the phrases it ticked (in the reader's
// language, from this node's list) and its note as written, translatable. The latest request is the one open; beside
// an answer already given (the documents section), the request that answer answered.
import { Box, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TranslatableText } from '../../app/components/translatable-text';
import { ChosenPhrases } from './chosen-phrases';
import type { EventView } from './types';

export function InfoQuestion({ events, answer }: { events: readonly EventView[]; answer?: EventView }) {
  const { t } = useTranslation();
  const at = answer ? events.indexOf(answer) : -1;
  const before = at >= 0 ? events.slice(0, at) : events;
  const asked = before.findLast((e) => e.kind === 'info-requested');
  if (!asked) return null;
  return (
    <Paper withBorder p="sm" mb="sm" role="group" aria-label={t('notification.dialog.provide-info.question')}>
      <Text size="sm" fw={600} mb={4}>
        {t('notification.dialog.provide-info.question')}
      </Text>
      <ChosenPhrases codes={asked.codes} />
      {asked.note ? (
        <Box mt={4}>
          <TranslatableText field={`events.${asked.id}.note`} text={asked.note} size="sm" />
        </Box>
      ) : null}
    </Paper>
  );
}
