// A commitment's status in words and colour (dark enough for white text), with overdue marked apart — it is derived,
// never stored — whether a done one was kept on time or late, and demo data marked as fictional.
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DARK_ORANGE } from '../notifications/badges';
import type { CommitmentStatus, CommitmentSummary } from './commitments-types';

const STATUS_COLOURS: Record<CommitmentStatus, string> = { open: 'blue.9', 'in-progress': 'indigo.9', done: 'teal.9', dropped: 'dark.6', withdrawn: 'dark.6' };

export function CommitmentStatusBadges({ commitment: c }: { commitment: Pick<CommitmentSummary, 'status' | 'overdue' | 'kept' | 'demo'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      <Badge color={STATUS_COLOURS[c.status]} variant="filled" tt="none" miw="max-content">
        {t(`commitments.status.${c.status}`)}
      </Badge>
      {c.overdue ? (
        <Badge color="red.9" variant="filled" tt="none" miw="max-content">
          {t('commitments.overdue')}
        </Badge>
      ) : null}
      {c.kept ? (
        <Badge color={c.kept === 'late' ? DARK_ORANGE : 'teal.9'} variant="outline" tt="none" miw="max-content">
          {t(`commitments.kept.${c.kept}`)}
        </Badge>
      ) : null}
      {c.demo ? <DemoBadge /> : null}
    </Group>
  );
}

export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="grape.9" variant="outline" tt="none" miw="max-content" title={t('commitments.demoHelp')}>
      {t('commitments.demo')}
    </Badge>
  );
}
