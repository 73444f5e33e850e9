// Coverage of a contact: 24/7, or office hours in the contact's own zone with the viewer's equivalent and
// whether the contact is open right now.
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { useCodeLists } from '../../app/code-lists';
import { useUiLocale } from '../../app/locale';
import { formatWeekdayTime, zoneName } from '../../app/time';
import { convertHours, formatDays, isOpenAt } from './office-hours';

export function OfficeHoursView({ contact, now = new Date() }: { contact: Pick<Contact, 'coverage' | 'hours'>; now?: Date }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const codes = useCodeLists();
  const hours = contact.hours;
  if (contact.coverage === '24x7' || !hours) {
    return <Text>{codes.label('coverage', '24x7')}</Text>;
  }
  const mine = convertHours(hours, me.timeZone, now);
  const open = isOpenAt(hours, now);
  const theirZone = zoneName(hours.timeZone, locale);
  const myZone = zoneName(me.timeZone, locale);
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text>{t('hours.theirs', { days: formatDays(hours.days, locale), start: hours.start, end: hours.end, zone: theirZone })}</Text>
        <Badge color={open ? 'teal.9' : 'gray.7'} variant="filled" tt="none" size="sm">
          {open ? t('hours.openNow') : t('hours.closedNow')}
        </Badge>
      </Group>
      <Text size="sm">
        {t('hours.yours', { days: formatDays(mine.days, locale), start: mine.start, end: mine.end, zone: myZone })}
        {mine.endsNextDay ? ` ${t('hours.nextDay')}` : ''}
      </Text>
      <Text size="sm" c="dimmed">
        {t('hours.localNow', { time: formatWeekdayTime(now, { locale, timeZone: hours.timeZone }) })}
      </Text>
    </Stack>
  );
}
