import type { IncidentDraft } from './draft';

/** What every wizard step gets: the draft, a way to change it, and the error to show at a field path. */
export type StepProps = {
  draft: IncidentDraft;
  change: (patch: Partial<IncidentDraft>) => void;
  /** `title`, `items/0/quantity`, `entities/1/value`: the local or the server's message for that field, if any. */
  errorFor: (path: string) => string | undefined;
};

/** The `lang` of text written in the draft's declared language. */
export const draftLang = (language: 'en' | 'zh') => (language === 'zh' ? 'zh-CN' : 'en');
