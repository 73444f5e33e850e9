// The wizard's two pages: a new notification (POST, with one Idempotency-Key for the life of the page, so a
// repeated save makes one draft) and the edit of a draft (PUT, which screens every line again).
import { Alert, Anchor, Center, Loader } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { useMe } from '../../app/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { QueryState } from '../../app/components/query-state';
import { useUiLocale } from '../../app/locale';
import { useApiQuery } from '../../app/use-api-query';
import { useSubmit } from '../../app/use-submit';
import { useReference } from '../directory/reference';
import { draftFromNotification, draftToInput, emptyDraft, type NotificationDraft } from './draft';
import { newIdempotencyKey } from './idempotency';
import { NotificationWizard } from './notification-wizard';
import type { Notification } from './types';

export function NotificationCreatePage() {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const navigate = useNavigate();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const { problem, isBusy, run } = useSubmit();
  const [initial] = useState(() => emptyDraft({ agencyId: me.agency.id, importingParty: '', language: locale === 'zh-CN' ? 'zh' : 'en' }));

  const save = (draft: NotificationDraft) =>
    void run(async () => {
      const created = await call(api.POST('/api/v1/notifications', { body: draftToInput(draft), params: { header: { 'idempotency-key': idempotencyKey } } }));
      navigate(`/notifications/${created.id}`);
    });

  return (
    <>
      <Anchor component={Link} to="/notifications" size="sm">
        {t('notification.backToList')}
      </Anchor>
      <PageTitle title={t('notificationForm.createTitle')} />
      <NotificationWizard initial={initial} problem={problem} isBusy={isBusy} onSubmit={save} onCancel={() => navigate('/notifications')} />
    </>
  );
}

export function NotificationEditPage() {
  const { id = '' } = useParams();
  const query = useApiQuery(() => call(api.GET('/api/v1/notifications/{id}', { params: { path: { id } } })), [id]);
  return <QueryState query={query}>{(n) => <EditNotification key={`${n.id}@${n.version}`} notification={n} />}</QueryState>;
}

function EditNotification({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ref = useReference();
  const { problem, isBusy, run } = useSubmit();
  // The notification names its exporting authority by acronym; the wizard picks agencies by id.
  const agency = ref.agencies.find((a) => a.partyCode === n.exportingParty && a.acronym === n.agency.acronym);
  const back = `/notifications/${n.id}`;

  const save = (draft: NotificationDraft) =>
    void run(async () => {
      await call(api.PUT('/api/v1/notifications/{id}', { params: { path: { id: n.id } }, body: draftToInput(draft) }));
      navigate(back);
    });

  return (
    <>
      <Anchor component={Link} to={back} size="sm">
        {t('notification.backToNotification')}
      </Anchor>
      <PageTitle title={t('notificationForm.editTitle', { reference: n.reference })} />
      {!n.allowed.includes('edit') ? (
        <Alert color="red.9" variant="outline" mb="md">
          {t('notificationForm.cannotEdit')}
        </Alert>
      ) : ref.agencies.length === 0 ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} role="status" />
        </Center>
      ) : (
        <NotificationWizard initial={{ ...draftFromNotification(n), agencyId: agency?.id ?? '' }} problem={problem} isBusy={isBusy} onSubmit={save} onCancel={() => navigate(back)} />
      )}
    </>
  );
}
