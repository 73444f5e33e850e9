// An administrator sets a new password for another user (PUT /users/:id/password), e.g. after a lockout.
import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, callVoid } from '../../app/api/client';
import { toProblem, type ApiProblem } from '../../app/api/problem';
import { ProblemAlert } from '../../app/components/problem-alert';
import { MIN_PASSWORD_LENGTH } from './password-form';

export function ResetPassword({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [isDone, setDone] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const tooShort = password.length > 0 && password.length < MIN_PASSWORD_LENGTH;

  const reset = async () => {
    setBusy(true);
    setProblem(null);
    setDone(false);
    try {
      await callVoid(api.PUT('/api/v1/users/{id}/password', { params: { path: { id: userId } }, body: { password } }));
      setDone(true);
      setPassword('');
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <ProblemAlert problem={problem} />
      {isDone ? (
        <Alert color="teal.9" variant="outline" role="status">
          {t('users.passwordReset')}
        </Alert>
      ) : null}
      <Group align="flex-end" wrap="wrap">
        <PasswordInput
          label={t('users.newPassword')}
          description={t('account.newPasswordHelp', { min: MIN_PASSWORD_LENGTH })}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={tooShort ? t('account.passwordTooShort', { min: MIN_PASSWORD_LENGTH }) : undefined}
          autoComplete="new-password"
          style={{ flex: '1 1 260px' }}
        />
        <Button variant="default" onClick={() => void reset()} loading={isBusy} disabled={password.length < MIN_PASSWORD_LENGTH}>
          {t('users.setPassword')}
        </Button>
      </Group>
    </Stack>
  );
}
