// Shown when a page throws while rendering: a translated message and a way back, never a blank screen.
import { Alert, Anchor, Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from './page-title';

export function RouteError() {
  const { t } = useTranslation();
  usePageTitle(t('routeError.title'));
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Alert color="red.9" variant="outline" title={t('routeError.title')} role="alert">
          {t('routeError.message')}
        </Alert>
        <Anchor href="/">{t('routeError.home')}</Anchor>
      </Stack>
    </Container>
  );
}
