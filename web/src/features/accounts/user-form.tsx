// Create a user (with an initial password) or edit one's roles, agency, profile and active state (admins).
import { Button, Fieldset, Group, Modal, MultiSelect, PasswordInput, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import type { Role, User } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { isRole, useCodeLists } from '../../app/code-lists';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useSubmit } from '../../app/use-submit';
import { toLocale, useUiLocale } from '../../app/locale';
import { timeZoneList, zoneOptions } from '../../app/time';
import { useReference } from '../directory/reference';
import { MIN_PASSWORD_LENGTH } from './password-form';
import { ResetPassword } from './reset-password';

type Props = { user: User | null; opened: boolean; onClose: () => void; onSaved: (user: User) => void };


export function UserFormModal({ user, opened, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={user ? t('users.editTitle', { name: user.username }) : t('users.createTitle')} closeButtonProps={{ 'aria-label': t('common.close') }} size="lg">
      {opened ? <UserForm key={user?.id ?? 'new'} user={user} onClose={onClose} onSaved={onSaved} /> : null}
      {opened && user ? (
        <Fieldset legend={t('users.passwordSection')} mt="lg">
          <ResetPassword userId={user.id} />
        </Fieldset>
      ) : null}
    </Modal>
  );
}

function UserForm({ user, onClose, onSaved }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const me = useMe();
  const codes = useCodeLists();
  const ref = useReference();
  const uiLocale = useUiLocale();
  const zones = useMemo(() => zoneOptions(timeZoneList(), uiLocale), [uiLocale]);
  const [d, setD] = useState({
    username: user?.username ?? '',
    displayName: user?.displayName ?? '',
    displayNameZh: user?.displayNameZh ?? '',
    email: user?.email ?? '',
    agencyId: user?.agencyId ?? me.agency.id,
    roles: user?.roles ?? (['viewer'] as Role[]),
    locale: user?.locale ?? me.locale,
    timeZone: user?.timeZone ?? me.timeZone,
    password: '',
    isActive: user?.isActive ?? true,
  });
  const [isChecked, setChecked] = useState(false);
  const { problem, isBusy, fieldError, run } = useSubmit();
  const change = (patch: Partial<typeof d>) => setD((prev) => ({ ...prev, ...patch }));
  const passwordError = !user && isChecked && d.password.length < MIN_PASSWORD_LENGTH ? t('account.passwordTooShort', { min: MIN_PASSWORD_LENGTH }) : undefined;
  const rolesError = isChecked && d.roles.length === 0 ? t('users.rolesRequired') : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if ((!user && d.password.length < MIN_PASSWORD_LENGTH) || d.roles.length === 0) return;
    const common = { displayName: d.displayName.trim(), agencyId: d.agencyId, roles: d.roles, locale: d.locale, timeZone: d.timeZone };
    const nameZh = d.displayNameZh.trim();
    await run(async () => {
      const saved = user
        ? await call(api.PATCH('/api/v1/users/{id}', { params: { path: { id: user.id } }, body: { ...common, displayNameZh: nameZh || null, email: d.email.trim() || null, isActive: d.isActive } }))
        : await call(api.POST('/api/v1/users', { body: { ...common, username: d.username.trim(), password: d.password, ...(nameZh ? { displayNameZh: nameZh } : {}), ...(d.email.trim() ? { email: d.email.trim() } : {}) } }));
      onSaved(saved);
    });
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <ProblemAlert problem={problem} placedFields={['username', 'displayName', 'displayNameZh', 'email', 'agencyId', 'roles', 'locale', 'timeZone', 'password', 'isActive']} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('users.username')} value={d.username} onChange={(e) => change({ username: e.currentTarget.value })} error={fieldError('username')} disabled={user !== null} autoComplete="off" required />
          <TextInput label={t('users.displayName')} value={d.displayName} onChange={(e) => change({ displayName: e.currentTarget.value })} error={fieldError('displayName')} required />
          <TextInput label={t('users.displayNameZh')} description={t('users.displayNameZhHelp')} value={d.displayNameZh} onChange={(e) => change({ displayNameZh: e.currentTarget.value })} error={fieldError('displayNameZh')} lang="zh-CN" maxLength={120} />
          <TextInput label={t('users.email')} type="email" value={d.email} onChange={(e) => change({ email: e.currentTarget.value })} error={fieldError('email')} />
          <Select label={t('users.agency')} data={ref.agencyOptions()} value={d.agencyId} onChange={(v) => change({ agencyId: v ?? d.agencyId })} error={fieldError('agencyId')} searchable allowDeselect={false} nothingFoundMessage={t('common.nothingFound')} required />
        </SimpleGrid>
        <MultiSelect label={t('users.roles')} data={codes.options('roles')} value={d.roles} onChange={(v) => change({ roles: v.filter(isRole) })} error={rolesError ?? fieldError('roles')} required />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('users.locale')} data={[{ value: 'en', label: t('locale.en') }, { value: 'zh-CN', label: t('locale.zhCN') }]} value={d.locale} onChange={(v) => change({ locale: toLocale(v) ?? d.locale })} error={fieldError('locale')} allowDeselect={false} />
          <Select label={t('users.timeZone')} data={zones} value={d.timeZone} onChange={(v) => change({ timeZone: v ?? d.timeZone })} error={fieldError('timeZone')} searchable allowDeselect={false} nothingFoundMessage={t('common.nothingFound')} />
        </SimpleGrid>
        {user ? (
          <Switch label={t('users.active')} checked={d.isActive} onChange={(e) => change({ isActive: e.currentTarget.checked })} />
        ) : (
          <PasswordInput label={t('users.initialPassword')} description={t('account.newPasswordHelp', { min: MIN_PASSWORD_LENGTH })} value={d.password} onChange={(e) => change({ password: e.currentTarget.value })} error={passwordError ?? fieldError('password')} autoComplete="new-password" required />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isBusy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
