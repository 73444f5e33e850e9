// A new request (POST, a draft with its reference; with submit=true drafted and submitted in one transaction, so a
// refused one leaves no draft behind) or a draft edited (PUT with the version it was last saved at, then submitted).
// Submitting sends it, or holds it for a supervisor's approval. A refused submit of an edited draft is tried again
// from the saved version. A request no longer editable (sent, or not this officer's) says so.
import { Alert, Anchor, Center, Loader } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { useMe } from '../../app/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { QueryState } from '../../app/components/query-state';
import { useUiLocale } from '../../app/locale';
import { useApiQuery } from '../../app/use-api-query';
import { useSubmit } from '../../app/use-submit';
import { useReference } from '../directory/reference';
import { draftFromRequest, emptyRequestDraft, requestDraftToInput, type RequestDraft } from './request-draft';
import { RequestWizard } from './request-wizard';
import type { Request } from './types';

async function submitDraft(id: string): Promise<void> {
  await call(api.POST('/api/v1/requests/{id}/submit', { params: { path: { id } }, body: {} }));
}

export function RequestCreatePage() {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { problem, isBusy, run } = useSubmit();
  const [initial] = useState(() => emptyRequestDraft({ agencyId: me.agency.id, language: locale === 'zh-CN' ? 'zh' : 'en', caseId: params.get('case') ?? undefined, toParty: params.get('to') ?? undefined }));
  const save = (draft: RequestDraft, isSubmit: boolean) =>
    void run(async () => {
      const r = await call(api.POST('/api/v1/requests', { params: { query: { submit: isSubmit ? 'true' : 'false' } }, body: requestDraftToInput(draft) }));
      navigate(`/requests/${r.id}`);
    });
  return (
    <>
      <Anchor component={Link} to="/requests" size="sm">
        {t('requests.form.backToList')}
      </Anchor>
      <PageTitle title={t('requests.form.createTitle')} />
      <RequestWizard initial={initial} problem={problem} isBusy={isBusy} onSave={save} onCancel={() => navigate('/requests')} />
    </>
  );
}

export function RequestEditPage() {
  const { id = '' } = useParams();
  const query = useApiQuery(() => call(api.GET('/api/v1/requests/{id}', { params: { path: { id } } })), [id]);
  return <QueryState query={query}>{(r) => <EditRequest key={`${r.id}@${r.version}`} request={r} />}</QueryState>;
}

function EditRequest({ request: r }: { request: Request }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ref = useReference();
  const { problem, isBusy, run } = useSubmit();
  // The version last saved: a submit refused after the save is retried against it, not the one first loaded.
  const [saved, setSaved] = useState<Request>(r);
  const agency = ref.agencies.find((a) => a.partyCode === r.originParty && a.acronym === r.agency.acronym);
  const back = `/requests/${r.id}`;
  const save = (draft: RequestDraft, isSubmit: boolean) =>
    void run(async () => {
      const next = await call(api.PUT('/api/v1/requests/{id}', { params: { path: { id: r.id } }, body: { ...requestDraftToInput(draft), version: saved.version } }));
      setSaved(next);
      if (isSubmit) await submitDraft(r.id);
      navigate(back);
    });
  return (
    <>
      <Anchor component={Link} to={back} size="sm">
        {t('requests.form.backToRequest', { reference: r.reference })}
      </Anchor>
      <PageTitle title={t('requests.form.editTitle', { reference: r.reference })} />
      {!r.allowed.includes('edit') ? (
        <Alert color="orange.9" variant="outline" title={t('requests.form.notEditableTitle')}>
          {t('requests.form.notEditable', { reference: r.reference })}
        </Alert>
      ) : ref.agencies.length === 0 ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} role="status" />
        </Center>
      ) : (
        <RequestWizard initial={draftFromRequest(r, agency?.id ?? '')} problem={problem} isBusy={isBusy} onSave={save} onCancel={() => navigate(back)} />
      )}
    </>
  );
}
