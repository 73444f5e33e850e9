// The standard phrases a dialog offers, in the UI language, as checkboxes: what is chosen travels as codes and the
// other party reads it in its own language. A free note stays possible beside them (action-modal.tsx).
import { Checkbox, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePhrases, type PhraseListName } from './phrases';
import type { Decision } from './types';

type Props = {
  list: PhraseListName;
  /** Decision notes: only those that fit this decision. */
  decision?: Decision;
  label: string;
  value: readonly string[];
  onChange: (codes: string[]) => void;
  error?: string;
  isRequired?: boolean;
};

export function PhrasePicker({ list, decision, label, value, onChange, error, isRequired = false }: Props) {
  const { t } = useTranslation();
  const options = usePhrases().options(list, decision);
  return (
    <Checkbox.Group label={label} description={t('notification.phrases.help')} value={[...value]} onChange={onChange} error={error} withAsterisk={isRequired}>
      <Stack gap={6} mt={6}>
        {options.map((o) => (
          <Checkbox key={o.value} value={o.value} label={o.label} description={o.description ?? undefined} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** A list's codes still on offer (a decision note that no longer fits the chosen decision drops out). */
export function useOffered(list: PhraseListName | undefined, decision?: Decision): (codes: readonly string[]) => string[] {
  const phrases = usePhrases();
  return (codes) => {
    if (!list) return [];
    const offered = new Set(phrases.options(list, decision).map((o) => o.value));
    return codes.filter((c) => offered.has(c));
  };
}
