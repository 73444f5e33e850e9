// Mantine's date pickers in the UI's language, not the browser's: month and weekday names from dayjs's locale for
// the language the user chose (zh-cn for 简体中文), weeks starting on Monday as both parties' calendars print them.
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useUiLocale } from './locale';

export function UiDatesProvider({ children }: { children: ReactNode }) {
  const locale = useUiLocale();
  return <DatesProvider settings={{ locale: locale === 'zh-CN' ? 'zh-cn' : 'en', firstDayOfWeek: 1, weekendDays: [0, 6] }}>{children}</DatesProvider>;
}
