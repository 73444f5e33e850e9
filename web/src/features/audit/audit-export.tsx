// "Download CSV": the filtered log, labelled in the language chosen here (the reader's own by default). The
// browser downloads it straight from the node, which streams it and records the export in the log.
import { Anchor, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditQuery, Locale } from '../../app/api/types';
import { useUiLocale } from '../../app/locale';

export function exportUrl(query: AuditQuery, lang: Locale): string {
  const params = new URLSearchParams({ lang });
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string' && key !== 'lang') params.set(key, value);
  }
  return `/api/v1/audit/export?${params.toString()}`;
}

export function AuditExport({ query }: { query: AuditQuery }) {
  const { t } = useTranslation();
  const [lang, setLang] = useState<Locale>(useUiLocale());
  return (
    <Stack gap={4} mb="md">
      <Group gap="sm" align="center">
        <Text size="sm" id="audit-csv-language">{t('audit.csvLanguage')}</Text>
        <SegmentedControl
          size="xs"
          aria-labelledby="audit-csv-language"
          value={lang}
          onChange={(v) => setLang(v === 'zh-CN' ? 'zh-CN' : 'en')}
          data={[{ value: 'en', label: <span lang="en">{t('locale.en')}</span> }, { value: 'zh-CN', label: <span lang="zh-CN">{t('locale.zhCN')}</span> }]}
        />
        <Anchor href={exportUrl(query, lang)} download size="sm" fw={600}>
          {t('audit.downloadCsv')}
        </Anchor>
      </Group>
      <Text size="xs" c="dimmed">{t('audit.csvHelp')}</Text>
    </Stack>
  );
}
