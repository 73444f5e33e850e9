// One case: its title and summary (in the reader's language first, translatable), topic, parties, handling; the
// requests in it (a timeline, oldest first, each with its status and clock); the entities it names and the records it
// links; and what may be done — a new request in this case, close, withdraw.
import { Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { useCodeLists } from '../../app/code-lists';
import { DetailItem, DetailList } from '../../app/components/detail-list';
import { PageTitle } from '../../app/components/page-title';
import { PersonName } from '../../app/components/person-name';
import { ProblemAlert } from '../../app/components/problem-alert';
import { QueryState } from '../../app/components/query-state';
import { RecordTranslations } from '../../app/components/record-translations';
import { Section } from '../../app/components/section';
import { TranslatableText } from '../../app/components/translatable-text';
import { useApiQuery } from '../../app/use-api-query';
import { useSubmit } from '../../app/use-submit';
import { PartyBadge } from '../directory/party-badge';
import { useReference } from '../directory/reference';
import { CaseStatusBadge } from './badges';
import { textLang, useRequestCodes } from './codes';
import { EntitiesTable } from './entities-table';
import { NoteDialog } from './note-dialog';
import { RequestsTable } from './requests-table';
import type { Case } from './types';

function CaseActions({ value: c, onChanged }: { value: Case; onChanged: (c: Case) => void }) {
  const { t } = useTranslation();
  const [isWithdrawing, setWithdrawing] = useState(false);
  const { problem, isBusy, run } = useSubmit();
  const ref = useReference();
  const path = { path: { id: c.id } };
  // Asked of the other side as this node sees it: on the node that received the case, the party that opened it.
  const own = ref.parties.find((p) => p.isSelf)?.code;
  const other = [c.originParty, ...c.parties].find((p) => p !== own) ?? '';
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="sm">
        {c.allowed.includes('request') ? (
          <Button component={Link} to={`/requests/new?${new URLSearchParams({ case: c.id, to: other }).toString()}`}>
            {t('cases.action.request')}
          </Button>
        ) : null}
        {c.allowed.includes('close') ? (
          <Button variant="default" loading={isBusy} onClick={() => void run(async () => onChanged(await call(api.POST('/api/v1/cases/{id}/close', { params: path, body: {} }))))}>
            {t('cases.action.close')}
          </Button>
        ) : null}
        {c.allowed.includes('withdraw') ? (
          <Button variant="outline" color="red.9" onClick={() => setWithdrawing(true)}>
            {t('cases.action.withdraw')}
          </Button>
        ) : null}
      </Group>
      <ProblemAlert problem={problem} />
      {isWithdrawing ? (
        <NoteDialog
          title={t('cases.dialog.withdraw.title', { reference: c.reference })}
          message={t('cases.dialog.withdraw.message')}
          noteLabel={t('cases.dialog.withdraw.note')}
          isNoteRequired={false}
          confirmLabel={t('cases.action.withdraw')}
          colour="red.9"
          onClose={() => setWithdrawing(false)}
          onConfirm={async (note) => {
            onChanged(await call(api.POST('/api/v1/cases/{id}/withdraw', { params: path, body: { note } })));
            setWithdrawing(false);
          }}
        />
      ) : null}
    </Stack>
  );
}

function CaseBody({ value: c, onChanged }: { value: Case; onChanged: (c: Case) => void }) {
  const { t } = useTranslation();
  const codes = useRequestCodes();
  const lists = useCodeLists();
  const lang = textLang(c.language);
  const links = [...c.links.incidents, ...c.links.notifications];
  return (
    <Stack mt="sm">
      <PageTitle title={c.reference} actions={<CaseActions value={c} onChanged={onChanged} />} />
      <Group gap="xs" mt={-8}>
        <CaseStatusBadge status={c.status} />
        {[c.originParty, ...c.parties.filter((p) => p !== c.originParty)].map((p) => (
          <PartyBadge key={p} code={p} />
        ))}
      </Group>
      <TranslatableText field="title" text={c.title} lang={lang} size="lg" fw={600} />
      <Section title={t('cases.detail.facts')}>
        <Stack>
          <DetailList>
            <DetailItem label={t('cases.form.topic')}>{codes.label('caseTopics', c.topic)}</DetailItem>
            <DetailItem label={t('incidentForm.handlingLabel')}>{lists.label('handling', c.handling)}</DetailItem>
            <DetailItem label={t('cases.detail.openedBy')}>
              <Text size="sm">{c.agency.acronym}</Text>
              <PersonName name={c.createdByName} />
            </DetailItem>
            <DetailItem label={t('cases.form.summary')}>
              {c.summary.trim() ? <TranslatableText field="summary" text={c.summary} lang={lang} size="sm" /> : <Text size="sm">{t('common.none')}</Text>}
            </DetailItem>
          </DetailList>
          <EntitiesTable entities={c.entities} caption={t('cases.detail.entitiesCaption')} />
        </Stack>
      </Section>
      <Section title={t('cases.detail.requests')}>
        {c.requests.length === 0 ? <Text size="sm">{t('cases.detail.noRequests')}</Text> : <RequestsTable items={c.requests} caption={t('cases.detail.requestsCaption')} />}
      </Section>
      {links.length > 0 ? (
        <Section title={t('cases.detail.links')}>
          <List size="sm">
            {links.map((reference) => (
              <List.Item key={reference}>{reference}</List.Item>
            ))}
          </List>
        </Section>
      ) : null}
    </Stack>
  );
}

export function CaseDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useApiQuery(() => call(api.GET('/api/v1/cases/{id}', { params: { path: { id } } })), [id]);
  return (
    <>
      <Anchor component={Link} to="/cases" size="sm">
        {t('cases.detail.backToList')}
      </Anchor>
      <QueryState query={query}>
        {(c) => (
          <RecordTranslations kind="case" id={c.id} revision={`${c.version}:${c.status}`}>
            <CaseBody value={c} onChanged={query.setData} />
          </RecordTranslations>
        )}
      </QueryState>
    </>
  );
}
