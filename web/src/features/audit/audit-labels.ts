// The audit log in the reader's language: actions, subject types, actors and recorded fields from the catalogs.
// A code the catalogs do not know (written by a newer or older node version) is shown as the code itself.
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';

export type Labelled = { text: string; isCode: boolean };

type Actor = Pick<AuditEntry, 'actorKind' | 'actorName'>;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function useAuditLabels() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  // The keys come from the server at run time, so they are looked up in the catalog rather than passed to t().
  const known = (key: string, code: string): Labelled => {
    const text: unknown = i18n.getResource(locale, 'translation', key);
    return typeof text === 'string' ? { text, isCode: false } : { text: code, isCode: true };
  };

  const action = (code: string) => known(`audit.actions.${code}`, code);
  const subjectType = (type: string) => known(`audit.subjects.${type}`, type);
  const field = (key: string) => known(`audit.fields.${key}`, key);

  function actor(a: Actor): string {
    switch (a.actorKind) {
      case 'node':
        return t('audit.actorKinds.node');
      case 'exchange':
        return t('audit.actorKinds.exchange');
      case 'peer':
        return t('audit.actorKinds.peer', { party: a.actorName });
      case 'token':
        return t('audit.actorKinds.token', { name: a.actorName });
      case 'unknown':
        return t('audit.actorKinds.unknown', { digest: a.actorName });
      default:
        return a.actorName;
    }
  }

  /** One recorded value as text: instants in the reader's zone, yes/no, lists joined, objects as compact JSON. */
  function value(v: unknown): string {
    if (v === null || v === undefined || v === '') return t('common.none');
    if (typeof v === 'boolean') return v ? t('audit.yes') : t('audit.no');
    if (typeof v === 'string') return ISO_INSTANT.test(v) ? formatDateTime(v, { locale, timeZone: me.timeZone }) : v;
    if (Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null)) return v.length === 0 ? t('common.none') : v.map(value).join(', ');
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  }

  return { action, subjectType, field, actor, value };
}

export type ChangeRow = { path: string[]; before?: unknown; after: unknown };

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The recorded change as rows of field → value. Nested objects are opened one field per row (`input` → `input ›
 * reference`); a change recorded as `{ before, after }` becomes one row per field with both values.
 */
export function changeRows(change: Record<string, unknown>): { rows: ChangeRow[]; hasBefore: boolean } {
  const { before, after } = change;
  if (isPlainObject(before) && isPlainObject(after) && Object.keys(change).length === 2) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return { rows: keys.map((k) => ({ path: [k], before: before[k], after: after[k] })), hasBefore: true };
  }
  const rows: ChangeRow[] = [];
  const walk = (obj: Record<string, unknown>, path: string[]) => {
    for (const [k, v] of Object.entries(obj)) {
      if (isPlainObject(v) && path.length < 2 && Object.keys(v).length > 0) walk(v, [...path, k]);
      else rows.push({ path: [...path, k], after: v });
    }
  };
  walk(change, []);
  return { rows, hasBefore: false };
}
