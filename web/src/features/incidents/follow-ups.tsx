// Follow-ups: what a party did with the incident ("we searched the consignee; 2 further shipments found"), each its
// own record with its author, handling and the entities it adds; the original is never edited. Officers and
// supervisors add one here: a note in a declared language, and optional entities with their roles. Its author's
// agency may withdraw it (follow-up-withdrawal.tsx); a withdrawn one is shown to its own party only, marked.
import { ActionIcon, Button, Group, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { useMe } from '../../app/auth-context';
import { useCodeLists } from '../../app/code-lists';
import { PersonName } from '../../app/components/person-name';
import { ProblemAlert } from '../../app/components/problem-alert';
import { Section } from '../../app/components/section';
import { TranslatableText } from '../../app/components/translatable-text';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { readerLang } from '../../app/translations';
import { useSubmit } from '../../app/use-submit';
import { PartyBadge } from '../directory/party-badge';
import { HandlingBadge } from './badges';
import { EntityLinkTo, useEntityLabels } from './entity-value';
import { FollowUpWithdrawnMark, WithdrawFollowUpButton } from './follow-up-withdrawal';
import { ENTITY_KINDS, ENTITY_ROLES, HANDLINGS, isEntityKind, isHandling, oneOf, type Handling } from './codes';
import type { EntityInput, FollowUp, Incident } from './types';

const isRole = oneOf(ENTITY_ROLES);
const isLang = oneOf(['en', 'zh'] as const);

function FollowUpCard({ incidentId, f, onChanged }: { incidentId: string; f: FollowUp; onChanged: (i: Incident) => void }) {
  const me = useMe();
  const locale = useUiLocale();
  const labels = useEntityLabels();
  return (
    <Paper withBorder p="sm" component="article" bg={f.status === 'withdrawn' ? 'gray.0' : undefined}>
      <FollowUpWithdrawnMark f={f} />
      <Group gap="xs" mb={4} wrap="wrap">
        <PartyBadge code={f.originParty} />
        {f.agency ? (
          <Text size="sm" fw={600} translate="no">
            {f.agency.acronym}
          </Text>
        ) : null}
        <Text size="sm">
          <PersonName name={f.authorName} />
        </Text>
        <Text size="sm" c="dimmed">
          {formatDateTime(f.createdAt, { locale, timeZone: me.timeZone })}
        </Text>
        <HandlingBadge handling={f.handling} />
        <WithdrawFollowUpButton incidentId={incidentId} f={f} onChanged={onChanged} />
      </Group>
      <TranslatableText field={`followUps.${f.id}.note`} text={f.note} lang={f.language} size="sm" />
      {f.entities.length > 0 ? (
        <Stack gap={2} mt="xs">
          {f.entities.map((e, n) => (
            <Text size="sm" key={`${e.kind}:${e.key}:${n}`}>
              {`${labels.kind(e.kind)} · ${labels.role(e.role)}: `}
              <EntityLinkTo kind={e.kind} entityKey={e.key} value={e.value} />
            </Text>
          ))}
        </Stack>
      ) : null}
    </Paper>
  );
}

type Row = { kind: EntityInput['kind']; value: string; role: NonNullable<EntityInput['role']> };

function EntityRow({ row, n, onChange, onRemove }: { row: Row; n: number; onChange: (r: Row) => void; onRemove: () => void }) {
  const { t } = useTranslation();
  const labels = useEntityLabels();
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select label={t('incidents.followUp.entityKind', { n })} data={ENTITY_KINDS.map((k) => ({ value: k, label: labels.kind(k) }))} value={row.kind} onChange={(v) => isEntityKind(v) && onChange({ ...row, kind: v })} allowDeselect={false} w={200} />
      <TextInput label={t('incidents.followUp.entityValue', { n })} value={row.value} onChange={(e) => onChange({ ...row, value: e.currentTarget.value })} style={{ flex: '1 1 220px' }} />
      <Select label={t('incidents.followUp.entityRole', { n })} data={ENTITY_ROLES.map((r) => ({ value: r, label: labels.role(r) }))} value={row.role} onChange={(v) => isRole(v) && onChange({ ...row, role: v })} allowDeselect={false} w={180} />
      <ActionIcon variant="default" size="lg" onClick={onRemove} aria-label={t('incidents.followUp.removeEntity', { n })}>
        ×
      </ActionIcon>
    </Group>
  );
}

function FollowUpForm({ incident, onChanged }: { incident: Incident; onChanged: (i: Incident) => void }) {
  const { t } = useTranslation();
  const codes = useCodeLists();
  const reader = readerLang(useUiLocale());
  const submit = useSubmit();
  const [note, setNote] = useState('');
  const [language, setLanguage] = useState<'en' | 'zh'>(reader);
  const [handling, setHandling] = useState<Handling>('TLP:AMBER');
  const [rows, setRows] = useState<Row[]>([]);
  const save = () =>
    submit.run(async () => {
      const entities = rows.filter((r) => r.value.trim() !== '').map((r) => ({ kind: r.kind, value: r.value.trim(), role: r.role }));
      onChanged(await call(api.POST('/api/v1/incidents/{id}/follow-ups', { params: { path: { id: incident.id } }, body: { note, language, handling, entities } })));
      setNote('');
      setRows([]);
    });
  return (
    <Stack gap="sm" component="form" onSubmit={(e) => (e.preventDefault(), void save())} aria-label={t('incidents.followUp.formLabel')}>
      <Title order={3} size="h5">
        {t('incidents.followUp.add')}
      </Title>
      <Textarea label={t('incidents.followUp.note')} description={t('incidents.followUp.noteHelp')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={3} required error={submit.fieldError('note')} />
      <Group gap="md" wrap="wrap">
        <Select label={t('incidents.followUp.language')} data={(['en', 'zh'] as const).map((l) => ({ value: l, label: codes.label('languages', l) }))} value={language} onChange={(v) => isLang(v) && setLanguage(v)} allowDeselect={false} w={200} />
        <Select label={t('incidents.followUp.handling')} data={HANDLINGS.map((h) => ({ value: h, label: codes.label('handling', h) }))} value={handling} onChange={(v) => isHandling(v) && setHandling(v)} allowDeselect={false} w={300} />
      </Group>
      {rows.map((row, n) => (
        <EntityRow key={n} row={row} n={n + 1} onChange={(r) => setRows(rows.map((x, i) => (i === n ? r : x)))} onRemove={() => setRows(rows.filter((_, i) => i !== n))} />
      ))}
      <Group gap="sm">
        <Button variant="default" onClick={() => setRows([...rows, { kind: 'company', value: '', role: 'other' }])}>
          {t('incidents.followUp.addEntity')}
        </Button>
        <Button type="submit" loading={submit.isBusy} disabled={note.trim() === ''}>
          {t('incidents.followUp.submit')}
        </Button>
      </Group>
      <ProblemAlert problem={submit.problem} />
    </Stack>
  );
}

export function FollowUpsSection({ incident, onChanged }: { incident: Incident; onChanged: (i: Incident) => void }) {
  const { t } = useTranslation();
  return (
    <Section title={t('incidents.detail.sectionFollowUps')}>
      <Stack gap="sm">
        {incident.followUps.length === 0 ? <Text size="sm">{t('incidents.followUp.none')}</Text> : incident.followUps.map((f) => <FollowUpCard key={f.id} incidentId={incident.id} f={f} onChanged={onChanged} />)}
        {incident.canFollowUp ? <FollowUpForm incident={incident} onChanged={onChanged} /> : null}
      </Stack>
    </Section>
  );
}
