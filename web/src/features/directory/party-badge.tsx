// A party's code as a badge: this node's own party and the counterparts are told apart by colour and by text.
import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useReference } from './reference';

export function PartyBadge({ code }: { code: string }) {
  const { t } = useTranslation();
  const ref = useReference();
  const party = ref.party(code);
  const label = ref.partyLabel(code);
  const side = party?.isSelf ? t('contacts.ownParty') : t('contacts.counterpartParty');
  return (
    <Tooltip label={`${label} · ${side}`}>
      <Badge color={party?.isSelf ? 'blue.9' : 'teal.9'} variant="filled" tt="none" miw="max-content" aria-label={`${label} (${side})`}>
        {code}
      </Badge>
    </Tooltip>
  );
}
