// An instant shown in the viewer's zone and, beside it, in each counterpart party's zone.
import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { useReference } from './reference';

export function ZonedTimes({ iso }: { iso: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const ref = useReference();
  return (
    <List listStyleType="none" spacing={2} size="sm">
      <List.Item>
        <Text span size="sm">
          {t('time.yourTime', { time: formatDateTime(iso, { locale, timeZone: me.timeZone }) })}
        </Text>
      </List.Item>
      {ref.counterparts.map((p) => (
        <List.Item key={p.code}>
          <Text span size="sm">
            {t('time.partyTime', { party: ref.partyLabel(p.code), time: formatDateTime(iso, { locale, timeZone: p.timeZone }) })}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
