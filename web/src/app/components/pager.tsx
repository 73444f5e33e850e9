// Paging under a table: "1–25 of 130" and page buttons with translated accessible names.
import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { page: number; pageSize: number; total: number; onChange: (page: number) => void };

export function Pager({ page, pageSize, total, onChange }: Props) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const labels = {
    first: t('pager.first'),
    previous: t('pager.previous'),
    next: t('pager.next'),
    last: t('pager.last'),
  };
  return (
    <Group justify="space-between" mt="md" wrap="wrap">
      <Text size="sm" aria-live="polite">
        {t('pager.range', { from, to, total })}
      </Text>
      {pages > 1 ? (
        <nav aria-label={t('pager.label')}>
          <Pagination
            total={pages}
            value={page}
            onChange={onChange}
            withEdges
            getControlProps={(control) => ({ 'aria-label': labels[control] })}
            getItemProps={(n) => ({ 'aria-label': t('pager.page', { page: n }), 'aria-current': n === page ? 'page' : undefined })}
          />
        </nav>
      ) : null}
    </Group>
  );
}
