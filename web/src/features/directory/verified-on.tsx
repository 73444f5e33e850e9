// A contact's verification date: a day-valued fact, so every node shows the same day. It is the day on the calendar
// of the party that verified it (the contact's origin party, the only one that maintains and verifies it), not
// the day the instant falls on in each reader's zone — which differed between Washington and Beijing.
import { Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { useUiLocale } from '../../app/locale';
import { formatDate, formatDateTime, zoneName } from '../../app/time';
import { useReference } from './reference';

type Verified = Pick<Contact, 'verifiedAt' | 'originParty'>;

/**
 * The zone of the party that verified the contact; null until the parties have loaded, so no day is written on
 * another calendar first (a flash of the wrong day). A party this node does not know falls back to UTC.
 */
export function useVerifyingZone(): (contact: Pick<Contact, 'originParty'>) => string | null {
  const ref = useReference();
  return (contact) => (ref.partiesLoaded ? (ref.party(contact.originParty)?.timeZone ?? 'UTC') : null);
}

/** "22 Dec 2026" / "2026年12月22日": the verification day, the same on both parties' screens. */
export function VerifiedDay({ contact }: { contact: Verified }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const zone = useVerifyingZone()(contact);
  if (!contact.verifiedAt) return <Text size="sm">{t('contacts.neverVerified')}</Text>;
  if (!zone) return <Skeleton height={14} width={80} aria-hidden />;
  return <Text size="sm">{formatDate(contact.verifiedAt, { locale, timeZone: zone })}</Text>;
}

/** The verification day with the zone it is counted in, and the exact moment in the reader's own zone beneath. */
export function VerifiedOn({ contact }: { contact: Verified }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const zone = useVerifyingZone()(contact);
  if (!contact.verifiedAt) return <Text>{t('contacts.neverVerified')}</Text>;
  if (!zone) return <Skeleton height={40} width={220} aria-hidden />;
  return (
    <Stack gap={2}>
      <Text data-testid="verified-on">{t('contact.verifiedOn', { date: formatDate(contact.verifiedAt, { locale, timeZone: zone }), zone: zoneName(zone, locale) })}</Text>
      <Text size="sm" c="dimmed">
        {t('time.yourTime', { time: formatDateTime(contact.verifiedAt, { locale, timeZone: me.timeZone }) })}
      </Text>
    </Stack>
  );
}
