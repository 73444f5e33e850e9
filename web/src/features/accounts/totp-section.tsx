// Two-factor sign-in with an authenticator app: enrol (QR code or secret, then a code), keep the recovery codes
// shown once, or turn it off with the password.
import { Alert, Badge, Button, Group, Image, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, callVoid } from '../../app/api/client';
import { toProblem, type ApiProblem } from '../../app/api/problem';
import type { TotpEnrolment } from '../../app/api/types';
import { useAuth, useMe } from '../../app/auth-context';
import { CopyField } from '../../app/components/copy-field';
import { ProblemAlert } from '../../app/components/problem-alert';
import { RecoveryCodes } from './recovery-codes';

export function TotpSection() {
  const { t } = useTranslation();
  const me = useMe();
  const auth = useAuth();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [isBusy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const start = () => run(async () => setEnrolment(await call(api.POST('/api/v1/me/totp'))));
  const confirm = (code: string) =>
    run(async () => {
      const result = await call(api.POST('/api/v1/me/totp/confirmation', { body: { code } }));
      setRecoveryCodes(result.recoveryCodes);
      setEnrolment(null);
      await auth.refresh();
    });
  const disable = (password: string) =>
    run(async () => {
      await callVoid(api.DELETE('/api/v1/me/totp', { body: { password } }));
      await auth.refresh();
    });

  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />;

  return (
    <Stack>
      <Group gap="xs">
        <Text>{t('totp.status')}</Text>
        <Badge color={me.totpEnabled ? 'teal.9' : 'gray.7'} variant="filled" tt="none">
          {me.totpEnabled ? t('totp.on') : t('totp.off')}
        </Badge>
      </Group>
      <ProblemAlert problem={problem} placedFields={['code', 'password']} />
      {me.totpEnabled ? (
        <DisableForm isBusy={isBusy} onDisable={(p) => void disable(p)} />
      ) : enrolment ? (
        <EnrolForm enrolment={enrolment} isBusy={isBusy} onConfirm={(c) => void confirm(c)} onCancel={() => setEnrolment(null)} />
      ) : (
        <Stack align="flex-start">
          <Text size="sm">{t('totp.intro')}</Text>
          <Button onClick={() => void start()} loading={isBusy}>
            {t('totp.setUp')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}

type EnrolProps = { enrolment: TotpEnrolment; isBusy: boolean; onConfirm: (code: string) => void; onCancel: () => void };

function EnrolForm({ enrolment, isBusy, onConfirm, onCancel }: EnrolProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (/^\d{6}$/.test(code)) onConfirm(code);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('totp.step1')}</Text>
        <Image src={enrolment.qrDataUrl} alt={t('totp.qrAlt')} w={200} h={200} fit="contain" />
        <Text size="sm">{t('totp.manualEntry')}</Text>
        <CopyField label={t('totp.secret')} value={enrolment.secret} />
        <Text size="sm">{t('totp.step2')}</Text>
        <TextInput
          label={t('totp.code')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          maw={220}
          required
        />
        <Group>
          <Button type="submit" loading={isBusy} disabled={code.length !== 6}>
            {t('totp.confirm')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DisableForm({ isBusy, onDisable }: { isBusy: boolean; onDisable: (password: string) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password) onDisable(password);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack align="flex-start">
        <Alert color="gray.8" variant="outline">
          {t('totp.disableWarning')}
        </Alert>
        <PasswordInput label={t('totp.passwordToDisable')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="current-password" w="100%" maw={360} required />
        <Button type="submit" color="red.9" variant="outline" loading={isBusy} disabled={!password}>
          {t('totp.disable')}
        </Button>
      </Stack>
    </form>
  );
}
