// Badges of a meeting: its status in words, in colours dark enough for white text.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isListStatus, STATUS_COLOURS } from './codes';

export function MeetingStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  if (!isListStatus(status)) return null;
  return (
    <Badge color={STATUS_COLOURS[status]} variant="filled" tt="none" miw="max-content">
      {t(`meetings.status.${status}`)}
    </Badge>
  );
}
