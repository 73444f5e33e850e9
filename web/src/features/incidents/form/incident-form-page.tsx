// The wizard's two pages: a new incident (POST; the API client adds one Idempotency-Key per request and retries a
// dropped connection with it) and a new version of one of this party's incidents (PUT with the version it was
// loaded at, so that someone else's change in between is refused, not overwritten).
import { Alert, Anchor, Center, Loader } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, call } from '../../../app/api/client';
import { useMe } from '../../../app/auth-context';
import { PageTitle } from '../../../app/components/page-title';
import { QueryState } from '../../../app/components/query-state';
import { useUiLocale } from '../../../app/locale';
import { useApiQuery } from '../../../app/use-api-query';
import { useSubmit } from '../../../app/use-submit';
import { useReference } from '../../directory/reference';
import { draftFromIncident, draftToInput, emptyDraft, type IncidentDraft } from './draft';
import { IncidentWizard } from './incident-wizard';
import type { Incident } from './types';

export function IncidentCreatePage() {
  const { t } = useTranslation();
  const me = useMe();
  const ref = useReference();
  const locale = useUiLocale();
  const navigate = useNavigate();
  const { problem, isBusy, run } = useSubmit();
  const self = ref.parties.find((p) => p.isSelf)?.code ?? me.agency.partyCode;
  const [initial] = useState(() => emptyDraft({ agencyId: me.agency.id, country: self, language: locale === 'zh-CN' ? 'zh' : 'en' }));

  const file = (draft: IncidentDraft) =>
    void run(async () => {
      const created = await call(api.POST('/api/v1/incidents', { body: draftToInput(draft) }));
      navigate(`/incidents/${created.id}`);
    });

  return (
    <>
      <Anchor component={Link} to="/incidents" size="sm">
        {t('incidentForm.backToList')}
      </Anchor>
      <PageTitle title={t('incidentForm.createTitle')} />
      <IncidentWizard initial={initial} problem={problem} isBusy={isBusy} submitLabel={t('incidentForm.file')} onSubmit={file} onCancel={() => navigate('/incidents')} />
    </>
  );
}

export function IncidentEditPage() {
  const { id = '' } = useParams();
  const query = useApiQuery(() => call(api.GET('/api/v1/incidents/{id}', { params: { path: { id } } })), [id]);
  return <QueryState query={query}>{(n) => <EditIncident key={`${n.id}@${n.version}`} incident={n} />}</QueryState>;
}

function EditIncident({ incident: n }: { incident: Incident }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ref = useReference();
  const { problem, isBusy, run } = useSubmit();
  // The incident names its reporting agency by acronym; the wizard picks agencies by id.
  const agency = ref.agencies.find((a) => a.partyCode === n.originParty && a.acronym === n.agency.acronym);
  const back = `/incidents/${n.id}`;

  const save = (draft: IncidentDraft) =>
    void run(async () => {
      await call(api.PUT('/api/v1/incidents/{id}', { params: { path: { id: n.id } }, body: { ...draftToInput(draft), version: n.version } }));
      navigate(back);
    });

  const blocked = !n.canEdit ? t('incidentForm.cannotEdit') : n.entityCount > n.entities.length ? t('incidentForm.tooManyEntities', { count: n.entityCount, shown: n.entities.length }) : null;
  return (
    <>
      <Anchor component={Link} to={back} size="sm">
        {t('incidentForm.backToIncident', { reference: n.reference })}
      </Anchor>
      <PageTitle title={t('incidentForm.editTitle', { reference: n.reference })} />
      {blocked ? (
        <Alert color="red.9" variant="outline" mb="md">
          {blocked}
        </Alert>
      ) : ref.agencies.length === 0 ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} role="status" />
        </Center>
      ) : (
        <>
          {n.entities.length > 0 ? (
            <Alert color="gray.8" variant="outline" mb="md">
              {t('incidentForm.editEntitiesNote')}
            </Alert>
          ) : null}
          <IncidentWizard initial={draftFromIncident(n, agency?.id ?? '')} problem={problem} isBusy={isBusy} submitLabel={t('incidentForm.save')} onSubmit={save} onCancel={() => navigate(back)} />
        </>
      )}
    </>
  );
}
