// The signed-in user's own settings: profile, password, two-factor sign-in. When the node requires a second
// factor and the user has none, every other page sends them here first.
import { Alert, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { PasswordForm } from './password-form';
import { ProfileForm } from './profile-form';
import { TotpSection } from './totp-section';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" maw={720}>
      <Title order={2} size="h3" mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Stack>
      <PageTitle title={t('account.title')} />
      {me.mfaRequired ? (
        <Alert color="red.9" variant="outline" role="alert" title={t('account.mfaRequiredTitle')} maw={720}>
          {t('account.mfaRequiredMessage')}
        </Alert>
      ) : null}
      <Section title={t('account.twoFactorTitle')}>
        <TotpSection />
      </Section>
      <Section title={t('account.profileTitle')}>
        {/* Keyed by locale: the header's language switch also changes it, and the form must not hold the old value. */}
        <ProfileForm key={me.locale} />
      </Section>
      <Section title={t('account.passwordTitle')}>
        <PasswordForm />
      </Section>
    </Stack>
  );
}
