// Four eyes: when screening flagged a line (controlled by rule, or an analogue), a supervisor other than the drafter
// reviews the draft before it can be sent. Says who did, or that it is still to do; and which lines screening
// cannot identify, which keep a draft from being sent at all. On the importing side, a second person: a clearance or
// objection of a line controlled here is prepared by one officer and awaits a supervisor's signature.
import { Alert, Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context';
import { formatList } from '../../app/format';
import { Filled, slot } from '../../app/components/filled';
import { PersonName } from '../../app/components/person-name';
import { TranslatableText } from '../../app/components/translatable-text';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { ChosenPhrases } from './chosen-phrases';
import type { Notification } from './types';

/** A draft with a chemical that screening cannot identify is refused at sending: say so before anyone tries. */
export function IdentityNotice({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const unidentified = n.lines.filter((l) => l.verdict === 'insufficient-identity').map((l) => String(l.position));
  if (n.status !== 'draft' || unidentified.length === 0) return null;
  return (
    <Alert color="gray.8" variant="outline" title={t('notification.unidentifiedTitle')}>
      <Text size="sm">{t('notification.unidentified', { lines: formatList(unidentified, locale) })}</Text>
    </Alert>
  );
}

export function ReviewNotice({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  if (!n.review.needed) return null;
  if (!n.review.at) {
    if (n.status !== 'draft') return null;
    return (
      <Alert color="#b8400d" variant="outline" title={t('notification.reviewNeededTitle')}>
        <Text size="sm">{n.allowed.includes('review') ? t('notification.reviewNeededYou') : t('notification.reviewNeeded')}</Text>
      </Alert>
    );
  }
  return (
    <Alert color="teal.9" variant="outline" title={t('notification.reviewedTitle')}>
      <Text size="sm">
        <Filled text={t('notification.reviewedBy', { name: slot('name'), time: formatDateTime(n.review.at, { locale, timeZone: me.timeZone }) })} parts={{ name: n.review.byName ? <PersonName name={n.review.byName} /> : t('common.none') }} />
      </Text>
      {n.review.note ? (
        <Box mt={4}>
          <TranslatableText field="reviewNote" text={n.review.note} lang={n.language} size="sm" />
        </Box>
      ) : null}
    </Alert>
  );
}

/** The importing side's second person: an answer awaiting a supervisor's signature, or the rule before anyone answers. */
export function SignatureNotice({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const { prepared, at, byName, note, codes } = n.signature;
  if (prepared && at) {
    const text = prepared === 'cleared' ? 'notification.signature.preparedCleared' : 'notification.signature.preparedObjected';
    return (
      <Alert color="#b8400d" variant="outline" title={t('notification.signature.awaitingTitle')}>
        <Text size="sm">
          <Filled text={t(text, { name: slot('name'), time: formatDateTime(at, { locale, timeZone: me.timeZone }) })} parts={{ name: byName ? <PersonName name={byName} /> : t('common.none') }} />
        </Text>
        <ChosenPhrases codes={codes} />
        {note ? (
          <Box mt={4}>
            <TranslatableText field="preparedNote" text={note} size="sm" />
          </Box>
        ) : null}
        {n.allowed.includes('sign') ? (
          <Text size="sm" mt={4}>
            {t('notification.signature.youMaySign')}
          </Text>
        ) : null}
      </Alert>
    );
  }
  if (!n.signature.required || !n.allowed.includes('clear')) return null;
  return (
    <Alert color="gray.8" variant="outline" title={t('notification.signature.requiredTitle')}>
      <Text size="sm">{t('notification.signature.required')}</Text>
    </Alert>
  );
}
