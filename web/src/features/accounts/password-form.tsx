// Change password: the current one, then a new one of at least 12 characters typed twice.
import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, callVoid } from '../../app/api/client';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useSubmit } from '../../app/use-submit';

export const MIN_PASSWORD_LENGTH = 12;

export function PasswordForm() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [isChecked, setChecked] = useState(false);
  const [isSaved, setSaved] = useState(false);
  const { problem, isBusy, fieldError, run } = useSubmit();
  const tooShort = newPassword.length < MIN_PASSWORD_LENGTH;
  const mismatch = repeat !== newPassword;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setSaved(false);
    if (!currentPassword || tooShort || mismatch) return;
    await run(async () => {
      await callVoid(api.PUT('/api/v1/me/password', { body: { currentPassword, newPassword } }));
      setSaved(true);
      setCurrent('');
      setNew('');
      setRepeat('');
      setChecked(false);
    });
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <ProblemAlert problem={problem} placedFields={['currentPassword', 'newPassword']} />
        {isSaved ? (
          <Alert color="teal.9" variant="outline" role="status">
            {t('account.passwordChanged')}
          </Alert>
        ) : null}
        <PasswordInput label={t('account.currentPassword')} value={currentPassword} onChange={(e) => setCurrent(e.currentTarget.value)} autoComplete="current-password" error={(isChecked && !currentPassword ? t('account.currentPasswordRequired') : undefined) ?? fieldError('currentPassword')} required />
        <PasswordInput label={t('account.newPassword')} description={t('account.newPasswordHelp', { min: MIN_PASSWORD_LENGTH })} value={newPassword} onChange={(e) => setNew(e.currentTarget.value)} autoComplete="new-password" error={(isChecked && tooShort ? t('account.passwordTooShort', { min: MIN_PASSWORD_LENGTH }) : undefined) ?? fieldError('newPassword')} required />
        <PasswordInput label={t('account.repeatPassword')} value={repeat} onChange={(e) => setRepeat(e.currentTarget.value)} autoComplete="new-password" error={isChecked && mismatch ? t('account.passwordMismatch') : undefined} required />
        <Group>
          <Button type="submit" loading={isBusy}>
            {t('account.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
