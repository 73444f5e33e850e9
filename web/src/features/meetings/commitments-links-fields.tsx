// The records a commitment's evidence or a readout's links name, by reference: this node's incidents,
// notifications, cases and requests. A reference is typed or pasted (several at once, split on commas and spaces)
// and written as the node writes references; the node checks each on saving — it must be here and readable, and
// another party's record only if that party receives this one — and says so at the field. The meeting form, the
// commitment form, the progress report and the readout editor all link records through these fields. Only those who
// read the node's operational records add links (the secretariat does not): anyone else sees the links kept as they
// are, which the node keeps without reading them again, and may remove them.
import { Fieldset, Group, Pill, SimpleGrid, TagsInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hasAnyRole, useMe } from '../../app/auth-context';
import { MAX_LINKS, normaliseReferences } from '../requests/links';
import { EVIDENCE_KINDS, type EvidenceKind } from './commitments-draft';
import type { Evidence } from './commitments-types';

type Props = {
  legend: string;
  help: string;
  links: Evidence;
  onChange: (links: Evidence) => void;
  /** The error of a field path below the body (`evidence/incidents`, `links/cases`). */
  errorFor: (path: string) => string | undefined;
  /** Where the links sit in the body: `evidence` for a commitment, `links` for a meeting or a readout. */
  path: 'evidence' | 'links';
};

/** Whether the signed-in person reads incidents, notifications, cases and requests, and so may link them. */
export function useLinksRecords(): boolean {
  return hasAnyRole(useMe(), 'viewer', 'officer', 'supervisor', 'admin', 'auditor');
}

const EXAMPLES: Record<EvidenceKind, string> = { incidents: 'US-INC-2024-000042', notifications: 'CN-PEN-2024-000007', cases: 'US-CASE-2024-000003', requests: 'CN-REQ-2024-000011' };

export function LinkedRecordsFields({ legend, help, links, onChange, errorFor, path }: Props) {
  const { t } = useTranslation();
  if (!useLinksRecords()) return <KeptLinks legend={legend} links={links} onChange={onChange} errorFor={errorFor} path={path} />;
  return (
    <Fieldset legend={legend}>
      <Text size="xs" c="dimmed" mb="xs">
        {help}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {EVIDENCE_KINDS.map((kind) => (
          <TagsInput
            key={kind}
            label={t(`commitments.links.${kind}`)}
            description={t('commitments.links.example', { reference: EXAMPLES[kind] })}
            value={links[kind]}
            onChange={(v) => onChange({ ...links, [kind]: normaliseReferences(v) })}
            error={errorFor(`${path}/${kind}`)}
            maxTags={MAX_LINKS}
            splitChars={[',', ' ', ';']}
            classNames={{ input: 'mono' }}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}

/** The links as kept, for someone who does not read the records they name: shown, and removable, never added to. */
function KeptLinks({ legend, links, onChange, errorFor, path }: Omit<Props, 'help'>) {
  const { t } = useTranslation();
  const kept = EVIDENCE_KINDS.filter((kind) => links[kind].length > 0);
  const errors = EVIDENCE_KINDS.map((kind) => errorFor(`${path}/${kind}`)).filter((e) => e !== undefined);
  const remove = (kind: EvidenceKind, reference: string) => onChange({ ...links, [kind]: links[kind].filter((r) => r !== reference) });
  return (
    <Fieldset legend={legend}>
      <Text size="sm" mb="xs">
        {t('commitments.links.notYours')}
      </Text>
      {kept.map((kind) => (
        <Group key={kind} gap="xs" mb={4} role="group" aria-label={t(`commitments.links.${kind}`)}>
          <Text size="sm" fw={500}>
            {t(`commitments.links.${kind}`)}
          </Text>
          {links[kind].map((reference) => (
            <Pill key={reference} withRemoveButton onRemove={() => remove(kind, reference)} removeButtonProps={{ 'aria-label': t('commitments.links.remove', { reference }) }} className="mono">
              {reference}
            </Pill>
          ))}
        </Group>
      ))}
      {errors.map((e) => (
        <Text key={e} size="sm" c="red.9" role="alert">
          {e}
        </Text>
      ))}
    </Fieldset>
  );
}
