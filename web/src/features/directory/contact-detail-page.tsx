// One point of contact: every field, its channels, coverage in both zones, verification, record history and where
// it stands in the exchange with the other parties' nodes.
import { Alert, Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../app/api/client';
import type { ApiProblem } from '../../app/api/problem';
import type { Contact } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { useCodeLists } from '../../app/code-lists';
import { DetailItem, DetailList } from '../../app/components/detail-list';
import { PageTitle } from '../../app/components/page-title';
import { PersonName, useReaderNameText } from '../../app/components/person-name';
import { ProblemAlert } from '../../app/components/problem-alert';
import { QueryState } from '../../app/components/query-state';
import { RecordTranslations } from '../../app/components/record-translations';
import { htmlLang } from '../../app/translations';
import { Section } from '../../app/components/section';
import { TranslatableText } from '../../app/components/translatable-text';
import { formatList } from '../../app/format';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { useApiQuery } from '../../app/use-api-query';
import { ContactActions } from './contact-actions';
import { ContactChannels } from './contact-channels';
import { ContactExchange } from './contact-exchange';
import { StaleBadge } from './contacts-table';
import { OfficeHoursView } from './office-hours-view';
import { PartyBadge } from './party-badge';
import { agencyName, useReference } from './reference';
import { VerifiedOn } from './verified-on';

export function ContactDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useApiQuery(() => call(api.GET('/api/v1/contacts/{id}', { params: { path: { id } } })), [id]);
  return (
    <>
      <Anchor component={Link} to="/contacts" size="sm">
        {t('contact.backToList')}
      </Anchor>
      <QueryState query={query}>
        {(contact) => (
          <RecordTranslations kind="contact" id={contact.id} revision={contact.version}>
            <ContactDetail contact={contact} onChanged={query.setData} />
          </RecordTranslations>
        )}
      </QueryState>
    </>
  );
}


function ContactDetail({ contact, onChanged }: { contact: Contact; onChanged: (c: Contact) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const codes = useCodeLists();
  const ref = useReference();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const at = (iso: string) => formatDateTime(iso, { locale, timeZone: me.timeZone });
  const textLang = contact.language === 'zh' ? 'zh' : 'en';
  const isForeign = ref.party(contact.originParty)?.isSelf === false;
  const name = useReaderNameText(contact, { isPerson: contact.kind === 'person' });

  return (
    <Stack mt="sm">
      <PageTitle title={name} heading={<PersonName name={contact.name} nameZh={contact.nameZh} isPerson={contact.kind === 'person'} />} actions={<ContactActions contact={contact} onChanged={onChanged} onProblem={setProblem} />} />
      <Group gap="xs" mt={-8}>
        <PartyBadge code={contact.agency.partyCode} />
        <Badge variant="outline" color="blue.9" tt="none">
          {codes.label('contactKinds', contact.kind)}
        </Badge>
        <Badge variant="outline" color="gray.8" tt="none">
          {codes.label('handling', contact.handling)}
        </Badge>
        {contact.isStale ? <StaleBadge /> : null}
        {contact.isActive ? null : (
          <Badge color="gray.7" variant="filled" tt="none">
            {t('contacts.inactive')}
          </Badge>
        )}
      </Group>
      {isForeign ? (
        <Text size="sm" c="dimmed">
          {t('contactExchange.maintainedBy', { party: ref.partyLabel(contact.originParty) })}
        </Text>
      ) : null}
      <ProblemAlert problem={problem} />
      {contact.isStale ? <Alert color="red.9" variant="outline">{t('contact.staleExplanation')}</Alert> : null}
      <Section title={t('contact.sectionDetails')}>
        <DetailList>
          <DetailItem label={t('contact.agency')}>
            <Text>{`${contact.agency.acronym} — ${agencyName(contact.agency, locale)}`}</Text>
          </DetailItem>
          <DetailItem label={t('contact.party')}>
            <Text>{ref.partyLabel(contact.agency.partyCode)}</Text>
          </DetailItem>
          <DetailItem label={t('contact.title')}>
            {contact.title ? <TranslatableText field="title" text={contact.title} lang={textLang} /> : <Text>{t('common.none')}</Text>}
          </DetailItem>
          <DetailItem label={t('contact.kind')}>
            <Text>{codes.label('contactKinds', contact.kind)}</Text>
          </DetailItem>
          <DetailItem label={t('contact.topics')}>
            <Text>{formatList(contact.topics.map((x) => codes.label('topics', x)), locale)}</Text>
          </DetailItem>
          <DetailItem label={t('contact.languages')}>
            <Text>{formatList(contact.languages.map((x) => codes.label('languages', x)), locale)}</Text>
          </DetailItem>
        </DetailList>
      </Section>
      <Section title={t('contact.sectionCoverage')}>
        <OfficeHoursView contact={contact} />
      </Section>
      <Section title={t('contact.sectionChannels')}>
        <ContactChannels channels={contact.channels} lang={htmlLang(textLang)} />
      </Section>
      <Section title={t('contact.sectionNotes')}>
        {contact.notes ? <TranslatableText field="notes" text={contact.notes} lang={textLang} /> : <Text>{t('common.none')}</Text>}
        {contact.notes || contact.title ? (
          <Text size="sm" c="dimmed" mt="xs">
            {t('contact.freeTextLanguage', { language: codes.label('languages', contact.language) })}
          </Text>
        ) : null}
      </Section>
      <Section title={t('contact.sectionVerification')}>
        <DetailList>
          <DetailItem label={t('contact.verifiedAt')}>
            <VerifiedOn contact={contact} />
          </DetailItem>
          <DetailItem label={t('contact.verifiedBy')}>
            <Text>{contact.verifiedBy ? <PersonName name={contact.verifiedBy.displayName} nameZh={contact.verifiedBy.displayNameZh} /> : t('common.none')}</Text>
          </DetailItem>
        </DetailList>
      </Section>
      <Section title={t('contact.sectionRecord')}>
        <DetailList>
          <DetailItem label={t('contact.version')}>
            <Text>{contact.version}</Text>
          </DetailItem>
          <DetailItem label={t('contact.originParty')}>
            <Text>{ref.partyLabel(contact.originParty)}</Text>
          </DetailItem>
          <DetailItem label={t('contact.createdAt')}>
            <Text>{at(contact.createdAt)}</Text>
          </DetailItem>
          <DetailItem label={t('contact.updatedAt')}>
            <Text>{at(contact.updatedAt)}</Text>
          </DetailItem>
        </DetailList>
      </Section>
      <Section title={t('contactExchange.section')}>
        <ContactExchange contact={contact} />
      </Section>
    </Stack>
  );
}
