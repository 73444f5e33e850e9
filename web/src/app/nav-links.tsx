// The side navigation; entries follow the user's roles (the server enforces the same rules).
import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { hasAnyRole, useMe } from './auth-context';

export function NavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const isAdmin = hasAnyRole(me, 'admin');
  const items = me.mfaRequired
    ? [{ to: '/account', label: t('nav.account') }]
    : [
        { to: '/contacts', label: t('nav.contacts') },
        { to: '/agencies', label: t('nav.agencies') },
        { to: '/substances', label: t('nav.substances') },
        { to: '/screening', label: t('nav.screening') },
        { to: '/notifications', label: t('nav.notifications') },
        { to: '/incidents', label: t('nav.incidents') },
        { to: '/requests', label: t('nav.requests') },
        { to: '/cases', label: t('nav.cases') },
        { to: '/meetings', label: t('nav.meetings') },
        { to: '/commitments', label: t('nav.commitments') },
        { to: '/account', label: t('nav.account') },
        ...(isAdmin ? [{ to: '/users', label: t('nav.users') }, { to: '/tokens', label: t('nav.tokens') }] : []),
        ...(hasAnyRole(me, 'auditor', 'admin') ? [{ to: '/peers', label: t('nav.peers') }, { to: '/audit', label: t('nav.audit') }] : []),
      ];
  return (
    <Stack gap={2}>
      {items.map((item) => {
        const isActive = pathname === item.to || pathname.startsWith(`${item.to}/`);
        return (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            onClick={onNavigate}
            label={item.label}
            active={isActive}
            variant="filled"
            aria-current={isActive ? 'page' : undefined}
          />
        );
      })}
    </Stack>
  );
}
