// The reply clock in words: how long is left (or how long ago the answer fell due, or that the clock is stopped for
// a clarification), the deadline on the reader's clock and, beside it, on the other party's; any other instant a
// party is held to (a step's deadline, a delay's expected date) the same way.
import { Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { useUiLocale } from '../../app/locale';
import { describeDeadline } from '../../app/deadline';
import { useReference } from '../directory/reference';
import { DARK_ORANGE } from '../notifications/badges';
import { formatDuration } from '../notifications/time-left';
import { useNow } from '../notifications/use-now';
import { clockState, type ClockState } from './clock';
import { FINISHED } from './codes';
import type { RequestSummary } from './types';

type Props = { request: Pick<RequestSummary, 'type' | 'status' | 'clock' | 'originParty' | 'toParty'>; size?: 'xs' | 'sm' | 'md' | 'lg' };
type Parties = Pick<RequestSummary, 'originParty' | 'toParty'>;

/** The other party of a request as this node sees it, with its label and zone. */
function useOtherParty(r: Parties): { label: string; zone: string } {
  const ref = useReference();
  const own = ref.parties.find((p) => p.isSelf)?.code;
  const other = own === r.originParty ? r.toParty : r.originParty;
  return { label: ref.partyLabel(other), zone: ref.party(other)?.timeZone ?? 'UTC' };
}

/**
 * A deadline on the reader's clock with the other party's beside it when it reads differently: "By the end of
 * 22 Dec 2026, Beijing time (11:00 on 22 Dec in Washington)", "北京时间2026年12月22日24时前（华盛顿时间12月22日11:00）".
 */
export function useDeadlineText(r: Parties): (iso: string) => string {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const other = useOtherParty(r);
  return (iso) => {
    const d = describeDeadline(t, { dueAt: iso, dueZone: me.timeZone, readerZone: other.zone, locale });
    if (!d.reader) return d.main;
    return locale === 'en' ? `${d.main} ${d.reader}` : `${d.main}${d.reader}`;
  };
}

/** A stopped clock: overdue already, whole days of its unit left, a duration left, or just stopped. */
function pausedText(state: Extract<ClockState, { kind: 'paused' | 'paused-overdue' }>, t: TFunction, locale: Locale): string {
  if (state.kind === 'paused-overdue') return t('requests.clock.pausedOverdue');
  if (state.days) return t(`requests.clock.pausedDays.${state.days.unit}`, { count: state.days.count });
  return state.remaining ? t('requests.clock.pausedLeft', { duration: formatDuration(state.remaining, locale) }) : t('requests.clock.paused');
}

/** "3 days left", "overdue by 2 hours", "clock stopped: 1 day left", or why no clock runs. */
export function TimeLeftText({ request: r, size = 'sm' }: Props) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const now = useNow();
  const state = clockState(r.type, r.status, r.clock, now);
  if (state.kind === 'no-clock' || state.kind === 'not-started' || state.kind === 'finished') {
    return (
      <Text size={size} c="dimmed">
        {t(`requests.clock.${state.kind}`)}
      </Text>
    );
  }
  if (state.kind === 'paused' || state.kind === 'paused-overdue') {
    return (
      <Text size={size} fw={700} c={state.kind === 'paused' ? DARK_ORANGE : 'red.9'}>
        {pausedText(state, t, locale)}
      </Text>
    );
  }
  const duration = formatDuration(state.left, locale);
  const colour = state.kind === 'overdue' ? 'red.9' : state.kind === 'due-soon' ? DARK_ORANGE : undefined;
  return (
    <Text size={size} fw={state.kind === 'running' ? undefined : 700} c={colour}>
      {state.kind === 'overdue' ? t('requests.clock.overdueBy', { duration }) : t('requests.clock.left', { duration })}
    </Text>
  );
}

/** The deadline in the reader's zone, and in the other party's beside it. */
export function DueBothZones({ request: r, size = 'sm' }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const other = useOtherParty(r);
  if (r.type === 'spontaneous' || !r.clock.dueAt || r.clock.pausedAt || FINISHED.includes(r.status)) return null;
  // Each zone's own words: a deadline at midnight there is "by the end of" the day before, never "00:00" of the next.
  const inZone = (zone: string) => (r.clock.dueAt ? describeDeadline(t, { dueAt: r.clock.dueAt, dueZone: zone, readerZone: zone, locale }).main : '');
  return (
    <Stack gap={0} data-testid="due-both-zones">
      <Text size={size}>{t('requests.clock.dueYours', { time: inZone(me.timeZone) })}</Text>
      <Text size={size === 'lg' || size === 'md' ? 'sm' : 'xs'} c="dimmed">
        {t('requests.clock.dueOther', { party: other.label, time: inZone(other.zone) })}
      </Text>
    </Stack>
  );
}
