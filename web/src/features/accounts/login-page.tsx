// Sign-in: username and password; when the server answers `mfa-required`, ask for the authenticator code (or a
// recovery code) and send all three again.
import { Alert, Anchor, Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { toProblem, type ApiProblem } from '../../app/api/problem';
import { useAuth, type LoginInput } from '../../app/auth-context';
import { usePageTitle } from '../../app/components/page-title';
import { ProblemAlert } from '../../app/components/problem-alert';
import { LanguageSwitch } from '../../app/language-switch';

type Step = 'password' | 'totp' | 'recovery';

function targetAfterLogin(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    return state.from.startsWith('/') && !state.from.startsWith('/login') ? state.from : '/contacts';
  }
  return '/contacts';
}

function hasReturnPage(state: unknown): boolean {
  return targetAfterLogin(state) !== '/contacts';
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const auth = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [step, setStep] = useState<Step>('password');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [isChecked, setChecked] = useState(false);

  if (auth.status === 'signed-in') return <Navigate to={targetAfterLogin(location.state)} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!username.trim() || !password || (step !== 'password' && !code.trim())) return;
    setBusy(true);
    setProblem(null);
    const input: LoginInput = { username: username.trim(), password };
    if (step === 'totp') input.totpCode = code.trim();
    if (step === 'recovery') input.recoveryCode = code.trim();
    try {
      await auth.login(input);
      navigate(targetAfterLogin(location.state), { replace: true });
    } catch (error) {
      const p = toProblem(error);
      if (p.slug === 'mfa-required' && step === 'password') setStep('totp');
      else setProblem(p);
    } finally {
      setBusy(false);
    }
  };

  const switchTo = (next: Step) => {
    setStep(next);
    setChecked(false);
    setCode('');
    setProblem(null);
  };

  return (
    <Box component="main" id="main" bg="gray.0" mih="100vh">
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center px="md" pb="xl">
        <Paper withBorder shadow="sm" p="xl" w="100%" maw={420}>
          <form onSubmit={onSubmit} noValidate>
            <Stack>
              <Title order={1} size="h2">
                {t('login.heading')}
              </Title>
              <Text size="sm">{t('login.intro')}</Text>
              {hasReturnPage(location.state) && step === 'password' && !problem ? (
                <Alert color="blue.9" variant="outline" role="status">
                  {t('login.signInToContinue')}
                </Alert>
              ) : null}
              <ProblemAlert problem={problem} />
              {step === 'password' ? (
                <>
                  <TextInput label={t('login.username')} value={username} onChange={(e) => setUsername(e.currentTarget.value)} autoComplete="username" error={isChecked && !username.trim() ? t('login.usernameRequired') : undefined} required autoFocus />
                  <PasswordInput label={t('login.password')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="current-password" error={isChecked && !password ? t('login.passwordRequired') : undefined} required />
                </>
              ) : (
                <SecondFactorField step={step} code={code} onCode={setCode} onSwitch={switchTo} isMissing={isChecked && !code.trim()} />
              )}
              <Button type="submit" loading={isBusy}>
                {step === 'password' ? t('login.submit') : t('login.verify')}
              </Button>
              {step !== 'password' ? (
                <Anchor component="button" type="button" size="sm" onClick={() => switchTo('password')}>
                  {t('login.startOver')}
                </Anchor>
              ) : null}
            </Stack>
          </form>
        </Paper>
      </Center>
      <Center px="md" pb="xl">
        <Anchor component={Link} to="/verify" size="sm">
          {t('login.verifyClearance')}
        </Anchor>
      </Center>
    </Box>
  );
}

type SecondFactorProps = {
  step: 'totp' | 'recovery';
  code: string;
  isMissing: boolean;
  onCode: (code: string) => void;
  onSwitch: (step: Step) => void;
};

function SecondFactorField({ step, code, isMissing, onCode, onSwitch }: SecondFactorProps) {
  const { t } = useTranslation();
  const error = isMissing ? t('login.codeRequired') : undefined;
  if (step === 'recovery') {
    return (
      <>
        <Text size="sm">{t('login.recoveryHelp')}</Text>
        <TextInput label={t('login.recoveryCode')} value={code} onChange={(e) => onCode(e.currentTarget.value)} autoComplete="off" error={error} autoFocus required />
        <Anchor component="button" type="button" size="sm" onClick={() => onSwitch('totp')}>
          {t('login.useTotp')}
        </Anchor>
      </>
    );
  }
  return (
    <>
      <Text size="sm">{t('login.totpHelp')}</Text>
      <TextInput
        label={t('login.totpCode')}
        value={code}
        onChange={(e) => onCode(e.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        error={error}
        autoFocus
        required
      />
      <Anchor component="button" type="button" size="sm" onClick={() => onSwitch('recovery')}>
        {t('login.useRecovery')}
      </Anchor>
    </>
  );
}
