// Small badges of the registry: where a substance is controlled, entries and controls this node added, values
// not confirmed from a source, and a screening verdict coloured by severity.
import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Jurisdiction, Verdict } from './types';

/** Orange darker than Mantine's orange.9, which falls short of 4.5:1 against white for badge-sized text. */
export const DARK_ORANGE = '#b8400d';

export function JurisdictionBadge({ code }: { code: Jurisdiction }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t(`substances.jurisdictionName.${code}`)}>
      <Badge color="blue.9" variant="outline" tt="none">
        {t(`substances.jurisdiction.${code}`)}
      </Badge>
    </Tooltip>
  );
}

export function LocalBadge() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('substances.localHelp')}>
      <Badge color="teal.9" variant="filled" tt="none" size="sm">
        {t('substances.local')}
      </Badge>
    </Tooltip>
  );
}

export function UnconfirmedBadge() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('substances.unconfirmedHelp')} multiline w={280}>
      <Badge color={DARK_ORANGE} variant="outline" tt="none" size="sm">
        {t('substances.unconfirmed')}
      </Badge>
    </Tooltip>
  );
}

const VERDICT_COLOURS: Record<Verdict, string> = {
  controlled: 'red.9',
  'controlled-by-rule': DARK_ORANGE,
  analogue: 'grape.9',
  clear: 'teal.9',
  'insufficient-identity': 'gray.7',
};

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  return (
    <Badge color={VERDICT_COLOURS[verdict]} variant="filled" tt="none" miw="max-content">
      {t(`screening.verdict.${verdict}`)}
    </Badge>
  );
}
