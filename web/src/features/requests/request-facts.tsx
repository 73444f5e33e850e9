// What the request is: to and from whom, its type, legal basis, priority and handling, the case it sits in, the
// details (in the reader's language first, translatable), the coded items asked, the records it links, and the
// entities it names.
import { Anchor, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCodeLists } from '../../app/code-lists';
import { DetailItem, DetailList } from '../../app/components/detail-list';
import { Filled, slot } from '../../app/components/filled';
import { PersonName } from '../../app/components/person-name';
import { Section } from '../../app/components/section';
import { TranslatableText } from '../../app/components/translatable-text';
import { useUiLocale } from '../../app/locale';
import { htmlLang } from '../../app/translations';
import { agencyName, useReference } from '../directory/reference';
import { textLang, useRequestCodes } from './codes';
import { EntitiesTable } from './entities-table';
import type { Request } from './types';

export function RequestFacts({ request: r }: { request: Request }) {
  const { t } = useTranslation();
  const codes = useRequestCodes();
  const lists = useCodeLists();
  const ref = useReference();
  const locale = useUiLocale();
  const lang = htmlLang(textLang(r.language));
  const sep = locale === 'en' ? '; ' : '；';
  const records = [...r.links.incidents, ...r.links.notifications];
  return (
    <Section title={t('requests.detail.facts')}>
      <Stack>
        <DetailList>
          <DetailItem label={t('requests.detail.from')}>{`${ref.partyLabel(r.originParty)} — ${r.agency.acronym} ${agencyName(r.agency, locale)}`}</DetailItem>
          <DetailItem label={t('requests.detail.to')}>{r.toContact ? `${ref.partyLabel(r.toParty)} — ${r.toContact.name}` : ref.partyLabel(r.toParty)}</DetailItem>
          <DetailItem label={t('requests.form.type')}>{codes.label('requestTypes', r.type)}</DetailItem>
          <DetailItem label={t('requests.form.legalBasis')}>
            {codes.label('legalBases', r.legalBasis)}
            {r.legalBasisOther ? <Text size="sm" lang={lang}>{r.legalBasisOther}</Text> : null}
          </DetailItem>
          <DetailItem label={t('requests.form.priority')}>{codes.label('priorities', r.priority)}</DetailItem>
          <DetailItem label={t('incidentForm.handlingLabel')}>{lists.label('handling', r.handling)}</DetailItem>
          <DetailItem label={t('requests.detail.case')}>{r.caseId && r.caseReference ? <Anchor component={Link} to={`/cases/${r.caseId}`}>{r.caseReference}</Anchor> : t('common.none')}</DetailItem>
          <DetailItem label={t('requests.detail.drafter')}>
            <PersonName name={r.createdByName} />
            {r.approvedByName ? <Text size="sm" c="dimmed"><Filled text={t('requests.detail.approvedBy', { name: slot('name') })} parts={{ name: <PersonName name={r.approvedByName} /> }} /></Text> : null}
          </DetailItem>
          {r.useRestrictions.length > 0 ? <DetailItem label={t('incidentForm.useRestrictionsLabel')}>{r.useRestrictions.map((u) => t(`incidentForm.restriction.${u}.label`, { defaultValue: u })).join(sep)}</DetailItem> : null}
          {records.length > 0 ? <DetailItem label={t('cases.detail.links')}>{records.join(sep)}</DetailItem> : null}
          {r.source ? <DetailItem label={t('incidentForm.sourceLegend')}>{`${r.source.reliability}${r.source.credibility}`}</DetailItem> : null}
        </DetailList>
        {/* Full width, below the two columns: still a <dl>, so each <dt> and <dd> sits in one. */}
        <Stack component="dl" m={0}>
          <DetailItem label={t('requests.form.details')}>
            {r.details.trim() ? <TranslatableText field="details" text={r.details} lang={textLang(r.language)} size="sm" /> : <Text size="sm">{t('common.none')}</Text>}
          </DetailItem>
          <DetailItem label={t('requests.form.items')}>
            {r.items.length === 0 ? (
              <Text size="sm">{t('common.none')}</Text>
            ) : (
              <List size="sm" spacing={2}>
                {r.items.map((item, i) => (
                  <List.Item key={`${item.code}:${i}`}>
                    {codes.label('askedItems', item.code)}
                    {item.note ? <Text span size="sm" lang={lang}>{` — ${item.note}`}</Text> : null}
                  </List.Item>
                ))}
              </List>
            )}
          </DetailItem>
        </Stack>
        <EntitiesTable entities={r.entities} caption={t('requests.detail.entitiesCaption')} />
      </Stack>
    </Section>
  );
}
