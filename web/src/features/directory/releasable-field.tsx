// "Releasable to": the other parties whose nodes receive this contact through the exchange. Removing a party later
// withdraws the contact from that party's node.
import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useReference } from './reference';

type Props = { value: string[]; onChange: (value: string[]) => void; error: string | undefined };

export function ReleasableField({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const options = ref.counterparts.map((p) => ({ value: p.code, label: ref.partyLabel(p.code) }));
  // A party no longer in the directory stays visible (and removable) rather than silently dropped.
  const unknown = value.filter((code) => !options.some((o) => o.value === code)).map((code) => ({ value: code, label: code }));
  return (
    <MultiSelect
      label={t('contactForm.releasableTo')}
      description={t('contactForm.releasableToHelp')}
      placeholder={value.length === 0 ? t('contactForm.releasableToNone') : undefined}
      data={[...options, ...unknown]}
      value={value}
      onChange={onChange}
      error={error}
      clearable
      clearButtonProps={{ 'aria-label': t('common.clearSelection') }}
    />
  );
}
