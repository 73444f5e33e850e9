// The signed-in frame: skip link, header (app name, user, language switch, sign out), navigation, main area.
// Signed-out visitors go to /login; a user who must enrol a second factor is held on the Account page.
import { AppShell, Burger, Button, Center, Group, Loader, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { ReferenceProvider } from '../features/directory/reference';
import { useAuth, useMe } from './auth-context';
import { useReaderNameText } from './components/person-name';
import { LanguageSwitch } from './language-switch';
import { NavLinks } from './nav-links';

export function Shell() {
  const { t } = useTranslation();
  const auth = useAuth();
  const location = useLocation();
  if (auth.status === 'loading') {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} role="status" />
      </Center>
    );
  }
  if (auth.status === 'signed-out') {
    return <Navigate to="/login" replace state={auth.wasExplicit ? null : { from: location.pathname + location.search }} />;
  }
  if (auth.user.mfaRequired && location.pathname !== '/account') return <Navigate to="/account" replace />;
  return (
    <ReferenceProvider enabled={!auth.user.mfaRequired}>
      <ShellLayout />
    </ReferenceProvider>
  );
}

function ShellLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const myName = useReaderNameText({ name: me.displayName, nameZh: me.displayNameZh });
  const auth = useAuth();
  const { pathname } = useLocation();
  const isFirstRender = useRef(true);
  // After client-side navigation, move focus to the main area so keyboard and screen-reader users start there.
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
  const [opened, { toggle, close }] = useDisclosure(false);
  // Signing out re-renders the shell as signed-out, which redirects to /login.
  const signOut = () => void auth.logout().catch(() => undefined);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.toggleNavigation')} />
              <UnstyledButton component={Link} to="/" fw={700} fz="lg" c="blue.9">
                {t('app.name')}
              </UnstyledButton>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <Text size="sm" visibleFrom="md">
                {t('shell.signedInAs', { name: myName, agency: me.agency.acronym })}
              </Text>
              <LanguageSwitch />
              <Button variant="subtle" size="sm" onClick={signOut}>
                {t('shell.signOut')}
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        {/* AppShell.Navbar is the <nav> landmark. */}
        <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
          <NavLinks onNavigate={close} />
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
