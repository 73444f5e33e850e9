// Step 1: what happened and when — the kind, the reporting agency, the day, a title and the narrative in their
// declared language, and for a stopped shipment the pre-export notification it stopped.
import { Group, Radio, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hasAnyRole, useMe } from '../../../app/auth-context';
import { useCodeLists } from '../../../app/code-lists';
import { DateField } from '../../../app/components/date-field';
import { useReference } from '../../directory/reference';
import { NOTIFICATION_KINDS } from './draft';
import { INCIDENT_KINDS, oneOf } from '../codes';
import { draftLang, type StepProps } from './wizard-step';

const isKind = oneOf(INCIDENT_KINDS);

export function StepWhat({ draft, change, errorFor }: StepProps) {
  const { t } = useTranslation();
  const codes = useCodeLists();
  const ref = useReference();
  const me = useMe();
  const isAdmin = hasAnyRole(me, 'admin');
  const lang = draftLang(draft.language);
  const kinds = INCIDENT_KINDS.map((k) => ({ value: k, label: t(`incidentForm.kind.${k}`) }));
  // The node refuses an incident in another agency's name unless an administrator files it (audited as an override).
  const agencies = ref
    .agencyOptions({ activeOnly: true, ownPartyOnly: true })
    .map((g) => ({ ...g, items: g.items.filter((a) => isAdmin || a.value === me.agency.id) }))
    .filter((g) => g.items.length > 0);
  const namesNotification = draft.kind !== '' && NOTIFICATION_KINDS.includes(draft.kind);
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t('incidentForm.kindLabel')} placeholder={t('incidentForm.kindPlaceholder')} data={kinds} value={draft.kind || null} onChange={(v) => change({ kind: isKind(v) ? v : '' })} error={errorFor('kind')} allowDeselect={false} required />
        <DateField label={t('incidentForm.occurredOn')} description={t('incidentForm.occurredOnHelp')} value={draft.occurredOn} onChange={(v) => change({ occurredOn: v })} error={errorFor('occurredOn')} maxDate={new Date()} required />
        <Select
          label={t('incidentForm.agency')}
          description={isAdmin ? t('incidentForm.agencyHelp') : t('incidentForm.agencyOwnHelp')}
          data={agencies}
          value={draft.agencyId || null}
          onChange={(v) => change({ agencyId: v ?? '' })}
          error={errorFor('agencyId')}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('common.nothingFound')}
          required
        />
        {namesNotification ? (
          <TextInput
            label={t('incidentForm.notificationReference')}
            description={t('incidentForm.notificationReferenceHelp')}
            value={draft.notificationReference}
            onChange={(e) => change({ notificationReference: e.currentTarget.value })}
            error={errorFor('notificationReference')}
            classNames={{ input: 'mono' }}
            spellCheck={false}
            maxLength={40}
          />
        ) : null}
      </SimpleGrid>
      <Radio.Group label={t('incidentForm.language')} description={t('incidentForm.languageHelp')} value={draft.language} onChange={(v) => (v === 'en' || v === 'zh' ? change({ language: v }) : undefined)} error={errorFor('language')} required>
        <Group mt={8}>
          <Radio value="zh" label={codes.label('languages', 'zh')} />
          <Radio value="en" label={codes.label('languages', 'en')} />
        </Group>
      </Radio.Group>
      <TextInput label={t('incidentForm.title')} description={t('incidentForm.titleHelp')} value={draft.title} onChange={(e) => change({ title: e.currentTarget.value })} error={errorFor('title')} lang={lang} required maxLength={300} />
      <Textarea label={t('incidentForm.narrative')} description={t('incidentForm.narrativeHelp')} value={draft.narrative} onChange={(e) => change({ narrative: e.currentTarget.value })} error={errorFor('narrative')} lang={lang} autosize minRows={4} maxRows={16} maxLength={20000} />
    </Stack>
  );
}
