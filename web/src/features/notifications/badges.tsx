// Badges of a notification: its status, which way it goes, its scheme and the export decision. Colours are dark
// enough for 4.5:1 against white text, and every badge says in words what its colour means.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Decision, NotificationSummary, Status } from './types';

/** Orange darker than Mantine's orange.9, as the substances badges use it. */
export const DARK_ORANGE = '#b8400d';

const STATUS_COLOURS: Record<Status, string> = {
  draft: 'gray.7',
  sent: 'indigo.9',
  delivered: 'blue.9',
  acknowledged: 'cyan.9',
  'info-requested': DARK_ORANGE,
  'info-provided': 'violet.9',
  cleared: 'teal.9',
  objected: 'red.9',
  withdrawn: 'dark.6',
};

export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOURS[status]} variant="filled" tt="none" miw="max-content">
      {t(`notifications.status.${status}`)}
    </Badge>
  );
}

export function DirectionBadge({ direction }: { direction: NotificationSummary['direction'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={direction === 'outgoing' ? 'blue.9' : 'teal.9'} variant="outline" tt="none" miw="max-content">
      {t(`notifications.direction.${direction}`)}
    </Badge>
  );
}

/** `controlledHere`: on the importing side, this party's law controls a line of a PEN Light, so it is a PEN here. */
export function SchemeBadge({ scheme, controlledHere = false }: { scheme: NotificationSummary['scheme']; controlledHere?: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color="gray.8" variant="outline" tt="none" miw="max-content">
      {controlledHere ? t('notifications.schemeControlledHere') : t(`notifications.scheme.${scheme}`)}
    </Badge>
  );
}

export function DecisionBadge({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const colour = decision === 'refused' || decision === 'seized' ? 'red.9' : decision === 'suspended' ? DARK_ORANGE : 'teal.9';
  return (
    <Badge color={colour} variant="outline" tt="none" miw="max-content">
      {t(`notifications.decision.${decision}`)}
    </Badge>
  );
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red.9" variant="filled" tt="none" miw="max-content">
      {t('notifications.overdue')}
    </Badge>
  );
}
