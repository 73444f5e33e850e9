import type { NotificationDraft } from './draft';

/** What every wizard step gets: the draft, a way to change it, and the error to show at a field path. */
export type StepProps = {
  draft: NotificationDraft;
  change: (patch: Partial<NotificationDraft>) => void;
  /** `exporter/name`, `lines/0/quantity`: the local or the server's message for that field, if any. */
  errorFor: (path: string) => string | undefined;
};
