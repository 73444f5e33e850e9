// A readout's version history: every version saved, newest first, with who saved it and when, and what changed
// between any two of them — the original's title and body and the translation's, word by word (readout-diff.ts):
// added words marked, removed ones struck through. By default the newest against the one before it.
import { Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { useMe } from '../../app/auth-context';
import { QueryState } from '../../app/components/query-state';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { htmlLang } from '../../app/translations';
import { useApiQuery } from '../../app/use-api-query';
import { changeCounts, comparedPair, hasChanges, versionDiff, type DiffPart } from './readout-diff';
import { otherLang } from './readout-draft';
import type { ReadoutLang, ReadoutVersion } from './readout-types';

/** One text's changes, inline: insertions underlined on green, deletions struck through on red. */
export function DiffText({ parts, lang }: { parts: DiffPart[]; lang: ReadoutLang }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" lang={htmlLang(lang)} data-record="" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'added' ? (
          <ins key={i} className="diff-added" title={t('readouts.history.added')} style={{ background: 'var(--mantine-color-teal-1)', color: 'var(--mantine-color-teal-9)' }}>
            {p.text}
          </ins>
        ) : (
          <del key={i} className="diff-removed" title={t('readouts.history.removed')} style={{ background: 'var(--mantine-color-red-1)', color: 'var(--mantine-color-red-9)' }}>
            {p.text}
          </del>
        ),
      )}
    </Text>
  );
}

function DiffBlock({ label, parts, lang }: { label: string; parts: DiffPart[]; lang: ReadoutLang }) {
  const { t } = useTranslation();
  const counts = changeCounts(parts, lang);
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Text size="xs" c="dimmed">
          {hasChanges(parts) ? t('readouts.history.counts', counts) : t('readouts.history.unchanged')}
        </Text>
      </Group>
      {parts.length > 0 ? <DiffText parts={parts} lang={lang} /> : <Text size="sm" c="dimmed">{t('common.none')}</Text>}
    </Paper>
  );
}

function VersionDiffView({ before, after }: { before: ReadoutVersion; after: ReadoutVersion }) {
  const { t } = useTranslation();
  const d = versionDiff(before, after);
  const lang = after.language;
  return (
    <Stack gap="xs" data-testid="readout-diff">
      <DiffBlock label={t('readouts.history.title')} parts={d.title} lang={lang} />
      <DiffBlock label={t('readouts.history.body')} parts={d.body} lang={lang} />
      <DiffBlock label={t('readouts.history.translationTitle')} parts={d.translationTitle} lang={otherLang(lang)} />
      <DiffBlock label={t('readouts.history.translationBody')} parts={d.translationBody} lang={otherLang(lang)} />
    </Stack>
  );
}

function VersionsTable({ versions }: { versions: ReadoutVersion[] }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  return (
    <Table fz="sm" striped>
      <Table.Caption>{t('readouts.history.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('readouts.history.version')}</Table.Th>
          <Table.Th scope="col">{t('readouts.history.by')}</Table.Th>
          <Table.Th scope="col">{t('readouts.history.at')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {versions.map((v) => (
          <Table.Tr key={v.version}>
            <Table.Td>{v.version}</Table.Td>
            <Table.Td>{v.byName}</Table.Td>
            <Table.Td>{formatDateTime(v.at, { locale, timeZone: me.timeZone })}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function History({ versions }: { versions: ReadoutVersion[] }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<{ from: number | null; to: number | null }>({ from: null, to: null });
  const pair = comparedPair(versions, picked);
  const options = versions.map((v) => ({ value: String(v.version), label: t('readouts.history.versionOption', { version: v.version, name: v.byName }) }));
  const asNumber = (v: string | null) => (v === null ? null : Number(v));
  return (
    <Stack>
      <VersionsTable versions={versions} />
      {versions.length < 2 ? (
        <Text size="sm" c="dimmed">{t('readouts.history.onlyOne')}</Text>
      ) : (
        <>
          <Group align="flex-end" wrap="wrap">
            <Select label={t('readouts.history.from')} data={options} value={pair ? String(pair.before.version) : null} onChange={(v) => setPicked({ ...picked, from: asNumber(v) })} allowDeselect={false} w={260} />
            <Select label={t('readouts.history.to')} data={options} value={pair ? String(pair.after.version) : null} onChange={(v) => setPicked({ ...picked, to: asNumber(v) })} allowDeselect={false} w={260} />
          </Group>
          {pair ? <VersionDiffView before={pair.before} after={pair.after} /> : <Text size="sm" c="dimmed">{t('readouts.history.pickTwo')}</Text>}
        </>
      )}
    </Stack>
  );
}

export function ReadoutHistory({ id, version }: { id: string; version: number }) {
  const query = useApiQuery(() => call(api.GET('/api/v1/readouts/{id}/versions', { params: { path: { id } } })), [id, version]);
  return <QueryState query={query}>{(data) => <History versions={data.items} />}</QueryState>;
}
