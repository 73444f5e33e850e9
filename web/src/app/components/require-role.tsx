// Hides a page from users without one of the roles; the server enforces the same rule on every call.
import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/types';
import { hasAnyRole, useMe } from '../auth-context';
import { PageTitle } from './page-title';

export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (hasAnyRole(me, ...roles)) return <>{children}</>;
  return (
    <>
      <PageTitle title={t('forbidden.title')} />
      <Alert color="red.9" variant="outline">
        {t('forbidden.message')}
      </Alert>
    </>
  );
}
