// A calendar day typed or picked in the UI's language ("22 Dec 2026", "2026年12月22日"), whatever the browser's
// own language; the value stays "YYYY-MM-DD", and an ISO date typed or pasted is understood too.
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useUiLocale } from '../locale';
import { parseDay } from '../time';

type Props = Omit<DateInputProps, 'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  value: string;
  onChange: (value: string) => void;
};

/** dayjs formats matching time.ts's formatDay for a full date, and the calendar's month heading. */
const FORMAT = { en: 'D MMM YYYY', 'zh-CN': 'YYYY年M月D日' } as const;
const MONTH = { en: 'MMMM YYYY', 'zh-CN': 'YYYY年M月' } as const;

export function DateField({ value, onChange, ...rest }: Props) {
  const locale = useUiLocale();
  return (
    <DateInput
      value={value || null}
      onChange={(v) => onChange(typeof v === 'string' ? v : '')}
      valueFormat={FORMAT[locale]}
      monthLabelFormat={MONTH[locale]}
      dateParser={parseDay}
      clearable={!rest.required}
      {...rest}
    />
  );
}
