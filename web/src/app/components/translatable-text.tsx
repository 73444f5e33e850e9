// Free text shown in the reader's language first: a person's translation, else the machine's (always marked as
// one, with the service named), a stale one marked as translating an earlier version; the original one click away.
// Officers and supervisors add or correct a translation (the original beside the input) and, where the node has a
// translation service, ask for a machine translation. Outside a RecordTranslations, or for a text already in the
// reader's language, the text is shown as written.
import { Badge, Button, Group, Stack, Text, type MantineSize } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api/client';
import { useMe } from '../auth-context';
import { useCodeLists } from '../code-lists';
import { useUiLocale } from '../locale';
import { formatDateTime } from '../time';
import { htmlLang, readerLang, readerView, useRecordTranslations, type FieldTranslation, type MachineJob, type ReaderView, type TextLang, type TranslatableField, type TranslationsContext } from '../translations';
import { useSubmit } from '../use-submit';
import { ProblemAlert } from './problem-alert';
import { TranslationModal } from './translation-modal';

/**
 * `lang`: the original's language when known; the node's word wins once loaded (else guessed from the script).
 * `fw`: the weight of a text shown as a headline (a case's title, a request's subject).
 */
type Props = { field: string; text: string; lang?: TextLang | undefined; size?: MantineSize; fw?: number };

const guessLang = (text: string): TextLang => (/[\u3400-\u9fff]/.test(text) ? 'zh' : 'en');

// `data-record`: what a person wrote into a record, shown as written (a Chinese note may name NPP or a port in
// Latin letters); the language checks of the UI leave it alone, as they leave names marked translate="no".
function Written({ text, lang, size, fw }: { text: string; lang: TextLang; size?: MantineSize | undefined; fw?: number | undefined }) {
  return (
    <Text size={size} fw={fw} lang={htmlLang(lang)} data-record="" style={{ whiteSpace: 'pre-wrap' }}>
      {text}
    </Text>
  );
}

function Provenance({ translation }: { translation: FieldTranslation }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const at = formatDateTime(translation.at, { locale, timeZone: me.timeZone });
  return (
    <Group gap="xs" wrap="wrap">
      {translation.by.kind === 'machine' ? (
        <>
          <Badge size="sm" variant="light" color="grape.9" tt="none">
            {t('translation.machine')}
          </Badge>
          <Text size="xs" c="dimmed" translate="no">
            {t('translation.byService', { service: translation.by.service, time: at })}
          </Text>
        </>
      ) : (
        <Text size="xs" c="dimmed">
          {t('translation.byPerson', { name: translation.by.name, time: at })}
        </Text>
      )}
      {translation.isStale ? (
        <Badge size="sm" variant="outline" color="#b8400d" tt="none">
          {t('translation.stale')}
        </Badge>
      ) : null}
    </Group>
  );
}

function JobState({ job }: { job: MachineJob }) {
  const { t } = useTranslation();
  const reason = job.reasonCode ? t(`translation.reason.${job.reasonCode}`) : null;
  const text = job.state === 'pending' ? t('translation.jobPending') : t(job.state === 'failed' ? 'translation.jobFailed' : 'translation.jobRetrying', { reason: reason ?? t('translation.reason.unknown') });
  return (
    <Text size="xs" c={job.state === 'failed' ? 'red.9' : 'dimmed'} role="status">
      {text}
    </Text>
  );
}

function useMachineRequest(record: TranslationsContext, field: string, targetLang: TextLang) {
  const submit = useSubmit();
  const request = () =>
    submit.run(async () => {
      await call(api.POST('/api/v1/translations/{kind}/{id}/machine', { params: { path: { kind: record.kind, id: record.id } }, body: { fields: [field], targetLang } }));
      record.reload();
    });
  return { ...submit, request };
}

type ControlsProps = { record: TranslationsContext; field: TranslatableField; view: ReaderView; reader: TextLang; showOriginal: boolean; onToggle: () => void };

function Controls({ record, field, view, reader, showOriginal, onToggle }: ControlsProps) {
  const { t } = useTranslation();
  const [isEditing, setEditing] = useState(false);
  const machine = useMachineRequest(record, field.field, reader);
  const canTranslate = record.data?.canTranslate === true;
  const offersMachine = canTranslate && record.data?.machineAvailable === true && !view.hasCurrentMachine && (view.job === null || view.job.state === 'failed');
  const editTitle = view.shown ? t('translation.correct') : t('translation.add');
  return (
    <>
      <Group gap="xs" wrap="wrap">
        {view.shown ? (
          <Button size="compact-xs" variant="subtle" onClick={onToggle}>
            {showOriginal ? t('translation.showTranslation') : t('translation.showOriginal')}
          </Button>
        ) : null}
        {canTranslate ? (
          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(true)}>
            {editTitle}
          </Button>
        ) : null}
        {offersMachine ? (
          <Button size="compact-xs" variant="subtle" loading={machine.isBusy} onClick={() => void machine.request()}>
            {t('translation.machineTranslate')}
          </Button>
        ) : null}
      </Group>
      <ProblemAlert problem={machine.problem} />
      {isEditing ? <TranslationModal record={record} field={field} targetLang={reader} initial={view.person?.text ?? view.shown?.text ?? ''} title={editTitle} onClose={() => setEditing(false)} /> : null}
    </>
  );
}

export function TranslatableText({ field, text, lang: given, size, fw }: Props) {
  const { t } = useTranslation();
  const codes = useCodeLists();
  const record = useRecordTranslations();
  const reader = readerLang(useUiLocale());
  const [showOriginal, setShowOriginal] = useState(false);
  const data = record?.data?.fields.find((f) => f.field === field);
  const lang = given ?? guessLang(text);
  const view = readerView(data, lang, reader, text);
  if (!record || !data || !view.isForeign) return <Written text={text} lang={lang} size={size} fw={fw} />;
  const translation = showOriginal ? null : view.shown;
  return (
    <Stack gap={4}>
      {translation ? <Written text={translation.text} lang={reader} size={size} fw={fw} /> : <Written text={text} lang={data.original.lang} size={size} fw={fw} />}
      {translation ? (
        <Provenance translation={translation} />
      ) : (
        <Text size="xs" c="dimmed">
          {t('translation.writtenIn', { language: codes.label('languages', data.original.lang) })}
        </Text>
      )}
      {view.job ? <JobState job={view.job} /> : null}
      <Controls record={record} field={data} view={view} reader={reader} showOriginal={showOriginal} onToggle={() => setShowOriginal((v) => !v)} />
    </Stack>
  );
}
