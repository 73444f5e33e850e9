// Badges of a request and a case: status and priority, in words, in colours dark enough for white text.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DARK_ORANGE } from '../notifications/badges';
import { useRequestCodes, type CaseStatus, type Priority, type RequestStatus } from './codes';

const STATUS_COLOURS: Record<RequestStatus, string> = {
  draft: 'gray.7',
  'awaiting-approval': DARK_ORANGE,
  sent: 'indigo.9',
  received: 'blue.9',
  clarification: DARK_ORANGE,
  'partially-answered': 'violet.9',
  answered: 'teal.9',
  refused: 'red.9',
  closed: 'dark.6',
  withdrawn: 'dark.6',
};

const PRIORITY_COLOURS: Record<Priority, string> = { urgent: 'red.9', high: DARK_ORANGE, normal: 'gray.7' };

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOURS[status]} variant="filled" tt="none" miw="max-content">
      {t(`requests.status.${status}`)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: Priority }) {
  const codes = useRequestCodes();
  return (
    <Badge color={PRIORITY_COLOURS[priority]} variant={priority === 'normal' ? 'outline' : 'filled'} tt="none" miw="max-content">
      {codes.label('priorities', priority)}
    </Badge>
  );
}

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === 'open' ? 'blue.9' : 'dark.6'} variant="filled" tt="none" miw="max-content">
      {t(`cases.status.${status}`)}
    </Badge>
  );
}
