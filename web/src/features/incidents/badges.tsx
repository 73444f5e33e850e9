// Badges of an incident: its kind, its handling (TLP colours, dark enough for white text, with the label in words)
// and a withdrawal.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IncidentKind } from './codes';

const HANDLING_COLOURS: Record<string, string> = {
  'TLP:CLEAR': 'gray.8',
  'TLP:GREEN': 'green.9',
  'TLP:AMBER': '#8a5300',
  'TLP:AMBER+STRICT': '#8a5300',
  'TLP:RED': 'red.9',
};

export function KindBadge({ kind }: { kind: IncidentKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={kind === 'wildlife-seizure' ? 'teal.9' : 'indigo.9'} variant="outline" tt="none" miw="max-content">
      {t(`incidents.kinds.${kind}`)}
    </Badge>
  );
}

/** The TLP label is the same in every language (its own standard's words); the badge says only that. */
export function HandlingBadge({ handling }: { handling: string }) {
  return (
    <Badge color={HANDLING_COLOURS[handling] ?? 'gray.8'} variant="filled" tt="none" miw="max-content" translate="no">
      {handling}
    </Badge>
  );
}

export function WithdrawnBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="dark.6" variant="filled" tt="none" miw="max-content">
      {t('incidents.withdrawn')}
    </Badge>
  );
}
