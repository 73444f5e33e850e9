// Small locale-aware formatting helpers shared by pages.
import type { Locale } from './api/types';

/** "a, b, c" / "a、b、c": an enumeration of labels in the UI language's punctuation. */
export function formatList(items: readonly string[], locale: Locale): string {
  return items.join(locale === 'zh-CN' ? '、' : ', ');
}
