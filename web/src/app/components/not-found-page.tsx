import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from './page-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('notFound.title')} />
      <Text mb="md">{t('notFound.message')}</Text>
      <Anchor component={Link} to="/contacts">
        {t('notFound.back')}
      </Anchor>
    </>
  );
}
