// Create an API token (admins): name, role, agency, optional expiry. The secret is shown once, right after.
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import type { CreatedToken, Role } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { isRole, useCodeLists } from '../../app/code-lists';
import { CopyField } from '../../app/components/copy-field';
import { DateField } from '../../app/components/date-field';
import { ProblemAlert } from '../../app/components/problem-alert';
import { dayBoundsIn } from '../../app/time';
import { useSubmit } from '../../app/use-submit';
import { useReference } from '../directory/reference';

type Props = { opened: boolean; onClose: () => void; onCreated: () => void };

export function TokenFormModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={created ? t('tokens.createdTitle') : t('tokens.createTitle')} closeButtonProps={{ 'aria-label': t('common.close') }} size="lg">
      {created ? (
        <Stack>
          <Alert color="red.9" variant="outline" role="alert">
            {t('tokens.secretWarning')}
          </Alert>
          <CopyField label={t('tokens.secret')} value={created.secret} />
          <Group justify="flex-end">
            <Button onClick={close}>{t('tokens.secretStored')}</Button>
          </Group>
        </Stack>
      ) : opened ? (
        <TokenForm onCancel={close} onCreated={(c) => { setCreated(c); onCreated(); }} />
      ) : null}
    </Modal>
  );
}

function TokenForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (created: CreatedToken) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const codes = useCodeLists();
  const ref = useReference();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [agencyId, setAgencyId] = useState(me.agency.id);
  const [expiresOn, setExpiresOn] = useState('');
  const { problem, isBusy, fieldError, run } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      // An expiry date means the end of that day in the admin's own zone (their profile's, not the browser's).
      const expiresAt = dayBoundsIn(expiresOn, me.timeZone)?.end.toISOString();
      onCreated(await call(api.POST('/api/v1/tokens', { body: { name: name.trim(), role, agencyId, ...(expiresAt ? { expiresAt } : {}) } })));
    });
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <ProblemAlert problem={problem} placedFields={['name', 'role', 'agencyId', 'expiresAt']} />
        <TextInput label={t('tokens.name')} description={t('tokens.nameHelp')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError('name')} required />
        <Select label={t('tokens.role')} data={codes.options('roles')} value={role} onChange={(v) => setRole(isRole(v) ? v : role)} error={fieldError('role')} allowDeselect={false} required />
        <Select label={t('tokens.agency')} data={ref.agencyOptions()} value={agencyId} onChange={(v) => setAgencyId(v ?? agencyId)} error={fieldError('agencyId')} searchable allowDeselect={false} nothingFoundMessage={t('common.nothingFound')} required />
        <DateField label={t('tokens.expiresOn')} description={t('tokens.expiresHelp')} value={expiresOn} onChange={setExpiresOn} error={fieldError('expiresAt')} maw={240} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isBusy} disabled={!name.trim()}>
            {t('tokens.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
