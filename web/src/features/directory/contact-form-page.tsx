// Create and edit pages around ContactForm. Edits carry the version they started from; a 409 stale-version
// means someone else saved first: the user is told and can load the latest version.
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { toProblem, type ApiProblem } from '../../app/api/problem';
import type { Contact } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { QueryState } from '../../app/components/query-state';
import { useUiLocale } from '../../app/locale';
import { useApiQuery } from '../../app/use-api-query';
import { draftFromContact, draftToInput, emptyDraft, type ContactDraft } from './contact-draft';
import { ContactForm } from './contact-form';

export function ContactCreatePage() {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [isBusy, setBusy] = useState(false);
  const initial = emptyDraft({ agencyId: me.agency.id, timeZone: me.timeZone, language: locale === 'zh-CN' ? 'zh' : 'en' });

  const save = async (draft: ContactDraft) => {
    setBusy(true);
    setProblem(null);
    try {
      const created = await call(api.POST('/api/v1/contacts', { body: draftToInput(draft) }));
      navigate(`/contacts/${created.id}`);
    } catch (error) {
      setProblem(toProblem(error));
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle title={t('contactForm.createTitle')} />
      <ContactForm initial={initial} problem={problem} isBusy={isBusy} submitLabel={t('contactForm.create')} onSubmit={(d) => void save(d)} onCancel={() => navigate('/contacts')} />
    </>
  );
}

export function ContactEditPage() {
  const { id = '' } = useParams();
  const query = useApiQuery(() => call(api.GET('/api/v1/contacts/{id}', { params: { path: { id } } })), [id]);
  return <QueryState query={query}>{(contact) => <EditContact key={`${contact.id}@${contact.version}`} contact={contact} onReload={query.reload} />}</QueryState>;
}

function EditContact({ contact, onReload }: { contact: Contact; onReload: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [isBusy, setBusy] = useState(false);

  const save = async (draft: ContactDraft) => {
    setBusy(true);
    setProblem(null);
    try {
      const input = draftToInput(draft);
      // Cleared optional fields are sent as null so the server removes them rather than keeping the old value.
      const body = { ...input, version: contact.version, nameZh: input.nameZh ?? null, title: input.title ?? null, notes: input.notes ?? null, hours: input.hours ?? null };
      await call(api.PATCH('/api/v1/contacts/{id}', { params: { path: { id: contact.id } }, body }));
      navigate(`/contacts/${contact.id}`);
    } catch (error) {
      setProblem(toProblem(error));
      setBusy(false);
    }
  };

  const isStale = problem?.slug === 'stale-version';
  return (
    <>
      <Anchor component={Link} to={`/contacts/${contact.id}`} size="sm">
        {t('contactForm.backToContact')}
      </Anchor>
      <PageTitle title={t('contactForm.editTitle', { name: contact.name })} />
      {!contact.canEdit ? (
        <Alert color="red.9" variant="outline" mb="md">
          {t('contactForm.cannotEdit')}
        </Alert>
      ) : null}
      {isStale ? (
        <Alert color="red.9" variant="outline" role="alert" mb="md" title={t('contactForm.staleTitle')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('contactForm.staleMessage')}</Text>
            <Button variant="default" onClick={onReload}>
              {t('contactForm.loadLatest')}
            </Button>
          </Stack>
        </Alert>
      ) : null}
      <ContactForm
        initial={draftFromContact(contact, me.timeZone)}
        problem={isStale ? null : problem}
        isBusy={isBusy}
        submitLabel={t('contactForm.save')}
        onSubmit={(d) => void save(d)}
        onCancel={() => navigate(`/contacts/${contact.id}`)}
      />
    </>
  );
}
