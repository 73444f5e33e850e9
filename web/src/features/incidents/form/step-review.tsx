// Step 8: everything entered, read back before filing: what and when, where, the items with screening's verdicts,
// the route, the entities, the outcome, and how it is handled and with whom it will be shared.
import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCodeLists } from '../../../app/code-lists';
import { DetailItem, DetailList } from '../../../app/components/detail-list';
import { Section } from '../../../app/components/section';
import { formatList } from '../../../app/format';
import { useUiLocale } from '../../../app/locale';
import { formatDay } from '../../../app/time';
import { agencyName, useReference } from '../../directory/reference';
import type { LineScreening } from '../../notifications/use-live-screening';
import { useCountryName } from './countries';
import type { IncidentDraft, PortDraft } from './draft';
import { ReviewEntities, ReviewItems } from './review-tables';
import { draftLang } from './wizard-step';

export function StepReview({ draft, screenings }: { draft: IncidentDraft; screenings: LineScreening[] }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const codes = useCodeLists();
  const ref = useReference();
  const country = useCountryName();
  const dash = t('common.none');
  const or = (value: string) => value.trim() || dash;
  const agency = ref.agency(draft.agencyId);
  const lang = draftLang(draft.language);
  const unidentified = screenings.filter((s) => s.state === 'done' && s.result.verdict === 'insufficient-identity').length;
  const port = (p: PortDraft) => [country(p.country), p.port.trim()].filter(Boolean).join(' · ');
  const path = [port(draft.origin), ...draft.transit.map(port), port(draft.destination)].filter(Boolean).join(' → ');
  const place = [draft.locality.trim(), draft.port.trim(), country(draft.country)].filter(Boolean).join(', ');
  return (
    <Stack>
      {unidentified > 0 ? (
        <Alert color="gray.8" variant="outline">
          {t('incidentForm.reviewUnidentified', { count: unidentified })}
        </Alert>
      ) : null}
      <Alert color={draft.releasableTo.length > 0 ? 'blue.8' : 'gray.8'} variant="outline">
        {draft.releasableTo.length > 0 ? t('incidentForm.reviewShared', { parties: formatList(draft.releasableTo.map(ref.partyLabel), locale) }) : t('incidentForm.reviewNotShared')}
      </Alert>
      <Section title={t('incidentForm.steps.what')}>
        <DetailList>
          <DetailItem label={t('incidentForm.kindLabel')}>{draft.kind ? t(`incidentForm.kind.${draft.kind}`) : dash}</DetailItem>
          <DetailItem label={t('incidentForm.occurredOn')}>{draft.occurredOn ? formatDay(draft.occurredOn, locale) : dash}</DetailItem>
          <DetailItem label={t('incidentForm.agency')}>{agency ? `${agency.acronym} — ${agencyName(agency, locale)}` : dash}</DetailItem>
          <DetailItem label={t('incidentForm.language')}>{codes.label('languages', draft.language)}</DetailItem>
          <DetailItem label={t('incidentForm.title')}>
            <Text lang={lang}>{or(draft.title)}</Text>
          </DetailItem>
          {draft.notificationReference.trim() ? <DetailItem label={t('incidentForm.notificationReference')}>{draft.notificationReference.trim()}</DetailItem> : null}
        </DetailList>
        {draft.narrative.trim() ? (
          <Text size="sm" mt="sm" lang={lang} style={{ whiteSpace: 'pre-wrap' }}>
            {draft.narrative.trim()}
          </Text>
        ) : null}
      </Section>
      <Section title={t('incidentForm.steps.where')}>
        <DetailList>
          <DetailItem label={t('incidentForm.place')}>{place || dash}</DetailItem>
          <DetailItem label={t('incidentForm.coordinates')}>{draft.latitude && draft.longitude ? `${draft.latitude}, ${draft.longitude}` : dash}</DetailItem>
        </DetailList>
      </Section>
      <Section title={t('incidentForm.steps.items')}>{draft.items.length > 0 ? <ReviewItems items={draft.items} screenings={screenings} /> : <Text size="sm">{t('incidentForm.noItems')}</Text>}</Section>
      <Section title={t('incidentForm.steps.route')}>
        <DetailList>
          <DetailItem label={t('incidentForm.modeLabel')}>{draft.mode ? t(`incidentForm.mode.${draft.mode}`) : dash}</DetailItem>
          <DetailItem label={t('incidentForm.steps.route')}>{path || dash}</DetailItem>
          <DetailItem label={t('incidentForm.carrier')}>{or([draft.carrier, draft.conveyance].filter((s) => s.trim()).join(' · '))}</DetailItem>
          <DetailItem label={t('incidentForm.container')}>{or([draft.container, draft.trackingNumber].filter((s) => s.trim()).join(' · '))}</DetailItem>
        </DetailList>
      </Section>
      <Section title={t('incidentForm.steps.entities')}>{draft.entities.length > 0 ? <ReviewEntities entities={draft.entities} /> : <Text size="sm">{t('incidentForm.noEntities')}</Text>}</Section>
      <Section title={t('incidentForm.steps.outcome')}>
        <DetailList>
          <DetailItem label={t('incidentForm.investigationLabel')}>{t(`incidentForm.investigation.${draft.investigation}`)}</DetailItem>
          <DetailItem label={t('incidentForm.arrests')}>{or(draft.arrests)}</DetailItem>
          <DetailItem label={t('incidentForm.prosecutionLabel')}>{t(`incidentForm.prosecution.${draft.prosecution}`)}</DetailItem>
          <DetailItem label={t('incidentForm.dispositionLabel')}>{t(`incidentForm.disposition.${draft.disposition}`)}</DetailItem>
        </DetailList>
      </Section>
      <Section title={t('incidentForm.steps.handling')}>
        <DetailList>
          <DetailItem label={t('incidentForm.handlingLabel')}>{codes.label('handling', draft.handling)}</DetailItem>
          <DetailItem label={t('incidentForm.useRestrictionsLabel')}>{draft.useRestrictions.length > 0 ? formatList(draft.useRestrictions.map((r) => t(`incidentForm.restriction.${r}.label`)), locale) : dash}</DetailItem>
          <DetailItem label={t('incidentForm.source')}>{`${t(`incidentForm.reliability.${draft.reliability}`)}${locale === 'zh-CN' ? '；' : '; '}${t(`incidentForm.credibility.${draft.credibility}`)}`}</DetailItem>
          <DetailItem label={t('incidentForm.releasableTo')}>{draft.releasableTo.length > 0 ? formatList(draft.releasableTo.map(ref.partyLabel), locale) : dash}</DetailItem>
        </DetailList>
      </Section>
    </Stack>
  );
}
