// Under the reference: status, scheme, direction and decision badges, and who sends to whom.
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Filled, slot } from '../../app/components/filled';
import { PersonName } from '../../app/components/person-name';
import { formatList } from '../../app/format';
import { useUiLocale } from '../../app/locale';
import { PartyBadge } from '../directory/party-badge';
import { agencyName, useReference } from '../directory/reference';
import { VerdictBadge } from '../substances/badges';
import { DecisionBadge, DirectionBadge, OverdueBadge, SchemeBadge, StatusBadge } from './badges';
import { isMadePenByImporter } from './importer-scheme';
import type { Notification } from './types';

export function NotificationHeader({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const ref = useReference();
  return (
    <>
      <Group gap="xs" mt={-8} role="group" aria-label={t('notification.summaryLabel')}>
        <StatusBadge status={n.status} />
        {n.overdue ? <OverdueBadge /> : null}
        <SchemeBadge scheme={n.scheme} controlledHere={n.direction === 'incoming' && isMadePenByImporter(n)} />
        <DirectionBadge direction={n.direction} />
        <VerdictBadge verdict={n.verdict} />
        {n.decision ? <DecisionBadge decision={n.decision} /> : null}
      </Group>
      <Group gap="xs" wrap="wrap">
        <Text size="sm">{t('notification.from')}</Text>
        <PartyBadge code={n.exportingParty} />
        <Text size="sm" fw={600}>
          {ref.partyLabel(n.exportingParty)}
        </Text>
        <Text size="sm">{t('notification.to')}</Text>
        <PartyBadge code={n.importingParty} />
        <Text size="sm" fw={600}>
          {ref.partyLabel(n.importingParty)}
        </Text>
        {n.transitParties.length > 0 ? <Text size="sm">{t('notification.via', { parties: formatList(n.transitParties.map(ref.partyLabel), locale) })}</Text> : null}
      </Group>
      <Text size="sm" c="dimmed">
        <Filled text={t('notification.filedBy', { agency: `${n.agency.acronym} — ${agencyName(n.agency, locale)}`, name: slot('name') })} parts={{ name: <PersonName name={n.createdByName} /> }} />
      </Text>
    </>
  );
}
