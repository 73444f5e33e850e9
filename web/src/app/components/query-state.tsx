// Loading and error states for a page's main read.
import { Button, Center, Loader, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiQuery } from '../use-api-query';
import { ProblemAlert } from './problem-alert';

type Props<T> = { query: ApiQuery<T>; children: (data: T) => ReactNode };

export function QueryState<T>({ query, children }: Props<T>) {
  const { t } = useTranslation();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) {
    return (
      <Stack align="flex-start">
        <ProblemAlert problem={query.error} />
        <Button variant="default" onClick={query.reload}>
          {t('common.retry')}
        </Button>
      </Stack>
    );
  }
  return (
    <Center py="xl">
      <Loader aria-label={t('common.loading')} role="status" />
    </Center>
  );
}
