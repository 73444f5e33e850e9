// Controls of a substance grouped by who imposes them (UN conventions, the US, the PRC), and the class controls
// whose reference structure it is. Administrators add their own party's controls and amend or end the ones this
// node added; shipped controls are replaced, never edited.
import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../app/components/section';
import { useUiLocale } from '../../app/locale';
import { ControlCard } from './control-card';
import { formatPartialDate, langOf, textIn } from './format';
import { SourceLinks } from './source-links';
import { JURISDICTIONS, type Control, type Jurisdiction, type Substance } from './types';

type Props = {
  substance: Substance;
  today: string;
  /** This node's party when an administrator may legislate for it here; null otherwise. */
  ownJurisdiction: Jurisdiction | null;
  onAdd: () => void;
  onAmend: (control: Control) => void;
};

export function ControlsSection({ substance, today, ownJurisdiction, onAdd, onAmend }: Props) {
  const { t } = useTranslation();
  return (
    <Section title={t('substance.sectionControls')}>
      <Stack gap="lg">
        {ownJurisdiction ? (
          <Group justify="space-between" wrap="wrap">
            <Text size="sm">{t('substance.ownControlsHelp', { party: t(`substances.jurisdictionName.${ownJurisdiction}`) })}</Text>
            <Button onClick={onAdd}>{t('substance.addControl')}</Button>
          </Group>
        ) : null}
        {JURISDICTIONS.map((j) => {
          const controls = substance.controls.filter((c) => c.jurisdiction === j);
          const notes = substance.notes.filter((n) => n.jurisdiction === j);
          const canAmend = (c: Control) => ownJurisdiction === j && c.origin === 'local';
          return (
            <Stack key={j} gap="xs" component="section" aria-labelledby={`controls-${j}`}>
              <Title order={3} size="h5" id={`controls-${j}`}>
                {t(`substances.jurisdictionName.${j}`)}
              </Title>
              {controls.length === 0 ? (
                <Text size="sm">{t('substance.noControls')}</Text>
              ) : (
                controls.map((c) => <ControlCard key={c.id} control={c} today={today} onAmend={canAmend(c) ? onAmend : undefined} />)
              )}
              {notes.map((n) => (
                <StatusNote key={`${n.jurisdiction}:${n.asOf}`} note={n} />
              ))}
            </Stack>
          );
        })}
      </Stack>
    </Section>
  );
}

/** What an official source says that is not (yet) a control, with its source: "scheduling under way". */
function StatusNote({ note }: { note: Substance['notes'][number] }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  return (
    <Alert color="gray.8" variant="outline" title={t('substance.statusNote', { date: formatPartialDate(note.asOf, locale) })}>
      <Stack gap="xs">
        <Text size="sm" lang={langOf(locale)}>
          {textIn(note.text, locale)}
        </Text>
        <SourceLinks sources={note.sources} />
      </Stack>
    </Alert>
  );
}

export function ClassesSection({ substance }: { substance: Substance }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  if (substance.classes.length === 0) return null;
  return (
    <Section title={t('substance.sectionClasses')}>
      <Text size="sm" mb="xs">
        {t('substance.classesHelp')}
      </Text>
      <List size="sm">
        {substance.classes.map((c) => (
          <List.Item key={c.id}>{textIn(c.names, locale)}</List.Item>
        ))}
      </List>
    </Section>
  );
}
