// The readout editor's fields: the two languages side by side — the original in its author's language on one side
// (title and body), the translation into the other on the other side, with who made it — the kind (own, or this
// party's text of a joint readout, new or joining the one another party started for the meeting) and the records it
// links. Changing the original's language swaps the two sides, so nothing typed is lost. Kind, joint readout and
// language are chosen when a readout is drafted; an edit changes the texts and the links.
import { Checkbox, Fieldset, Group, Paper, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCodeLists } from '../../app/code-lists';
import { htmlLang } from '../../app/translations';
import { LinkedRecordsFields } from './commitments-links-fields';
import { otherLang, type JointChoice, type ReadoutDraft, type TextPair } from './readout-draft';
import type { ReadoutLang } from './readout-types';

export type ErrorFor = (side: 'original' | 'translation' | 'form', field: string) => string | undefined;
type Change = (patch: Partial<ReadoutDraft>) => void;

type SideProps = { side: 'original' | 'translation'; lang: ReadoutLang; pair: TextPair; onChange: (pair: TextPair) => void; errorFor: ErrorFor; isFocused?: boolean };

function LanguageSide({ side, lang, pair, onChange, errorFor, isFocused = false }: SideProps) {
  const { t } = useTranslation();
  const codes = useCodeLists();
  const language = codes.label('languages', lang);
  return (
    <Paper withBorder p="md" data-testid={`editor-${side}`}>
      <Text size="sm" fw={600} mb="xs">
        {t(`readouts.editor.${side}Heading`, { language })}
      </Text>
      <Stack gap="sm" lang={htmlLang(lang)}>
        <TextInput label={t(`readouts.editor.${side}Title`, { language })} value={pair.title} onChange={(e) => onChange({ ...pair, title: e.currentTarget.value })} error={errorFor(side, 'title')} maxLength={300} required={side === 'original'} data-autofocus={isFocused || undefined} autoFocus={isFocused} />
        <Textarea label={t(`readouts.editor.${side}Body`, { language })} value={pair.body} onChange={(e) => onChange({ ...pair, body: e.currentTarget.value })} error={errorFor(side, 'body')} autosize minRows={12} maxRows={40} maxLength={20_000} required={side === 'original'} />
      </Stack>
    </Paper>
  );
}

type KindProps = { draft: ReadoutDraft; change: Change; choices: JointChoice[]; errorFor: ErrorFor };

/** Own or joint; a joint text starts a new joint readout or joins one another party started. */
export function KindFields({ draft, change, choices, errorFor }: KindProps) {
  const { t } = useTranslation();
  const joinValue = draft.jointId ?? 'new';
  return (
    <Fieldset legend={t('readouts.editor.kindLegend')}>
      <Radio.Group value={draft.kind} onChange={(v) => change(v === 'joint' ? { kind: 'joint', jointId: choices[0]?.jointId ?? null } : { kind: 'own', jointId: null })} error={errorFor('form', 'kind')}>
        <Stack gap="xs">
          <Radio value="own" label={t('readouts.kind.own')} description={t('readouts.editor.ownHelp')} />
          <Radio value="joint" label={t('readouts.kind.joint')} description={t('readouts.editor.jointHelp')} />
        </Stack>
      </Radio.Group>
      {draft.kind === 'joint' ? (
        <Radio.Group mt="md" label={t('readouts.editor.jointLabel')} value={joinValue} onChange={(v) => change({ jointId: v === 'new' ? null : v })} error={errorFor('form', 'jointId')}>
          <Stack gap="xs" mt="xs">
            {choices.map((c) => (
              <Radio key={c.jointId} value={c.jointId} label={t('readouts.editor.joinOther', { party: c.party, reference: c.reference })} description={c.title} />
            ))}
            <Radio value="new" label={t('readouts.editor.jointNew')} description={choices.length > 0 ? t('readouts.editor.jointNewHelp') : undefined} />
          </Stack>
        </Radio.Group>
      ) : null}
    </Fieldset>
  );
}

type Props = { draft: ReadoutDraft; change: Change; errorFor: ErrorFor; isNew: boolean; isStale: boolean; focus: 'translation' | null };

/** Swapping the language swaps what is on each side. */
function swapLanguage(draft: ReadoutDraft, lang: ReadoutLang): Partial<ReadoutDraft> {
  if (lang === draft.language) return {};
  return { language: lang, original: { title: draft.translation.title, body: draft.translation.body }, translation: { ...draft.translation, title: draft.original.title, body: draft.original.body } };
}

export function ReadoutEditorFields({ draft, change, errorFor, isNew, isStale, focus }: Props) {
  const { t } = useTranslation();
  const codes = useCodeLists();
  return (
    <Stack>
      {isNew ? (
        <Radio.Group label={t('readouts.editor.language')} description={t('readouts.editor.languageHelp')} value={draft.language} onChange={(v) => change(swapLanguage(draft, v === 'zh' ? 'zh' : 'en'))} error={errorFor('form', 'language')}>
          <Group mt="xs">
            <Radio value="en" label={codes.label('languages', 'en')} />
            <Radio value="zh" label={codes.label('languages', 'zh')} />
          </Group>
        </Radio.Group>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <LanguageSide side="original" lang={draft.language} pair={draft.original} onChange={(original) => change({ original })} errorFor={errorFor} />
        <LanguageSide side="translation" lang={otherLang(draft.language)} pair={draft.translation} onChange={(pair) => change({ translation: { ...draft.translation, ...pair } })} errorFor={errorFor} isFocused={focus === 'translation'} />
      </SimpleGrid>
      <Group justify="flex-end" gap="lg" wrap="wrap">
        {isStale ? <Checkbox label={t('readouts.editor.confirmTranslation')} checked={draft.isTranslationConfirmed} onChange={(e) => change({ isTranslationConfirmed: e.currentTarget.checked })} /> : null}
        <Radio.Group label={t('readouts.editor.translatedBy')} value={draft.translation.by} onChange={(v) => change({ translation: { ...draft.translation, by: v === 'machine' ? 'machine' : 'person' } })} error={errorFor('translation', 'by')}>
          <Group mt={4}>
            <Radio value="person" label={t('readouts.editor.byPerson')} />
            <Radio value="machine" label={t('readouts.editor.byMachine')} />
          </Group>
        </Radio.Group>
      </Group>
      <LinkedRecordsFields legend={t('readouts.editor.links')} help={t('readouts.editor.linksHelp')} links={draft.links} onChange={(links) => change({ links })} errorFor={(path) => errorFor('original', path)} path="links" />
    </Stack>
  );
}
