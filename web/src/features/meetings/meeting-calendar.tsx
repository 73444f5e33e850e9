// The month calendar: a table of weeks (Monday first) with each meeting on the days it spans on the reader's clock,
// as a link to its page (reached with Tab, its date and time in its accessible name). Previous and next month, and
// back to this month, are buttons above; the month shown lives in the address.
import { Anchor, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth-context';
import { useUiLocale } from '../../app/locale';
import { formatDate, weekdayName } from '../../app/time';
import { htmlLang } from '../../app/translations';
import { monthGrid, meetingsByDay, type CalendarDay } from './calendar';
import { useMeetingLists } from './codes';
import { wallOf } from './meeting-draft';
import { shiftMonth } from './meeting-query';
import { startTimeOn } from './meeting-time';
import type { MeetingSummary } from './types';

type Props = { month: string; today: string; items: MeetingSummary[]; isTruncated: boolean; onMonth: (month: string) => void };

function monthTitle(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

function DayCell({ day, items }: { day: CalendarDay; items: MeetingSummary[] }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const lists = useMeetingLists();
  const date = formatDate(`${day.day}T12:00:00Z`, { locale, timeZone: 'UTC' });
  return (
    <Table.Td valign="top" h={110} w="14.28%" bg={day.isToday ? 'blue.0' : undefined} aria-current={day.isToday ? 'date' : undefined} style={{ opacity: day.isInMonth ? 1 : 0.6 }}>
      <Text size="sm" fw={day.isToday ? 700 : 500} aria-hidden>
        {Number(day.day.slice(8))}
      </Text>
      <VisuallyHidden>{day.isToday ? t('meetings.calendar.today', { date }) : date}</VisuallyHidden>
      <Stack gap={2} mt={4}>
        {items.map((m) => {
          // On a later day of a meeting that began earlier (on this clock), its start time would mislead.
          const isContinued = wallOf(m.startsAt, me.timeZone).day !== day.day;
          const time = isContinued ? t('meetings.calendar.continued') : startTimeOn(m, me.timeZone, locale);
          return (
            <Anchor key={m.id} component={Link} to={`/meetings/${m.id}`} size="xs" lh={1.3} aria-label={t('meetings.calendar.meetingLabel', { date, time, title: m.title, level: lists.label('levels', m.level) })} td={m.status === 'cancelled' || m.status === 'withdrawn' ? 'line-through' : undefined}>
              <Text span size="xs" fw={600}>
                {time}
              </Text>{' '}
              <Text span size="xs" lang={htmlLang(m.language === 'zh' ? 'zh' : 'en')} data-record="">
                {m.title}
              </Text>
            </Anchor>
          );
        })}
      </Stack>
    </Table.Td>
  );
}

/** The month's title, and buttons to the previous, this and the next month. */
function MonthNav({ month, today, title, onMonth }: Pick<Props, 'month' | 'today' | 'onMonth'> & { title: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="wrap">
      <Title order={2} size="h3" aria-live="polite">
        {title}
      </Title>
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={() => onMonth(shiftMonth(month, -1))}>
          {t('meetings.calendar.previous')}
        </Button>
        <Button variant="default" size="xs" onClick={() => onMonth(today.slice(0, 7))}>
          {t('meetings.calendar.thisMonth')}
        </Button>
        <Button variant="default" size="xs" onClick={() => onMonth(shiftMonth(month, 1))}>
          {t('meetings.calendar.next')}
        </Button>
      </Group>
    </Group>
  );
}

/** The table of weeks, Monday first, each day with its meetings on the reader's clock. */
function MonthTable({ month, today, items, title }: Pick<Props, 'month' | 'today' | 'items'> & { title: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const weeks = monthGrid(month, today);
  const byDay = meetingsByDay(items, me.timeZone);
  return (
    <Table.ScrollContainer minWidth={840}>
      <Table withTableBorder withColumnBorders layout="fixed">
        <Table.Caption>{t('meetings.calendar.caption', { month: title })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {[1, 2, 3, 4, 5, 6, 7].map((d) => (
              <Table.Th key={d} scope="col">
                <abbr title={weekdayName(d, locale, 'long')} style={{ textDecoration: 'none' }}>
                  {weekdayName(d, locale)}
                </abbr>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weeks.map((week) => (
            <Table.Tr key={week[0]?.day}>
              {week.map((day) => (
                <DayCell key={day.day} day={day} items={byDay.get(day.day) ?? []} />
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function MeetingCalendar({ month, today, items, isTruncated, onMonth }: Props) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const title = monthTitle(month, locale);
  return (
    <Stack gap="sm">
      <MonthNav month={month} today={today} title={title} onMonth={onMonth} />
      <Text size="xs" c="dimmed">
        {t('meetings.calendar.zoneNote')}
      </Text>
      {isTruncated ? (
        <Text size="sm" c="orange.9" role="status">
          {t('meetings.calendar.truncated')}
        </Text>
      ) : null}
      <MonthTable month={month} today={today} items={items} title={title} />
    </Stack>
  );
}
