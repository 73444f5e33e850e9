// Wire types of pre-export notifications, derived from the generated OpenAPI paths, and the coded values the UI
// offers (units, modes, statuses, event kinds) in the order it shows them.
import type { BodyOf, QueryOf, ResponseOf } from '../../app/api/types';

export type NotificationPage = ResponseOf<'/api/v1/notifications', 'get'>;
export type NotificationSummary = NotificationPage['items'][number];
export type NotificationQuery = QueryOf<'/api/v1/notifications', 'get'>;
export type Notification = ResponseOf<'/api/v1/notifications/{id}', 'get'>;
export type DraftInput = BodyOf<'/api/v1/notifications', 'post'>;
export type LineInput = DraftInput['lines'][number];
export type LineView = Notification['lines'][number];
export type EventView = Notification['events'][number];
export type AttachmentView = Notification['attachments'][number];
export type ImportReport = ResponseOf<'/api/v1/notifications/import', 'post'>;
export type ImportItem = ImportReport['items'][number];
export type ImportOutcome = ImportItem['outcome'];
export type TraderView = Notification['exporter'];
export type Action = Notification['allowed'][number];
export type Status = Notification['status'];
export type Decision = NonNullable<Notification['decision']>;
export type Unit = LineInput['unit'];
export type Mode = DraftInput['route']['mode'];
export type Handling = NonNullable<DraftInput['handling']>;
export type Box = NonNullable<NotificationQuery['box']>;
export type ReplyInput = BodyOf<'/api/v1/notifications/{id}/replies', 'post'>;
export type VerifyInput = BodyOf<'/api/v1/clearances/verify', 'post'>;
export type VerifyResult = ResponseOf<'/api/v1/clearances/verify', 'post'>;
export type ClearanceDocument = NonNullable<VerifyResult['document']>;
export type ClearanceSummary = NonNullable<VerifyResult['summary']>;

export const UNITS: readonly Unit[] = ['kg', 'g', 'mg', 't', 'L', 'mL'];
export const MODES: readonly Mode[] = ['sea', 'air', 'road', 'rail', 'post', 'courier', 'other'];
export const HANDLINGS: readonly Handling[] = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'];
export const STATUSES: readonly Status[] = ['draft', 'sent', 'delivered', 'acknowledged', 'info-requested', 'info-provided', 'cleared', 'objected', 'withdrawn'];
export const DECISIONS: readonly Decision[] = ['authorised', 'suspended', 'refused', 'shipped', 'seized'];
export const BOXES: readonly Box[] = ['inbox', 'outbox', 'all'];

/** Timeline entries the UI names; an unknown kind (a newer node) is shown by its code. */
export const EVENT_KINDS = [
  'drafted',
  'edited',
  'reviewed',
  'sent',
  'received',
  'screened-differently',
  'made-pen-here',
  'acknowledged',
  'info-requested',
  'info-provided',
  'clock-restarted',
  'clearance-prepared',
  'objection-prepared',
  'preparation-returned',
  'cleared',
  'objected',
  'withdrawn',
  'decision-authorised',
  'decision-suspended',
  'decision-refused',
  'decision-shipped',
  'decision-seized',
  'reminder-sent',
  'escalated',
  'attachment-added',
  'attachment-removed',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Statuses in which the importer's reply clock runs: it stops while waiting for information, and at a reply. */
export const CLOCK_RUNNING: readonly Status[] = ['sent', 'delivered', 'acknowledged', 'info-provided'];

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string | null | undefined): value is T =>
    (values as readonly (string | null | undefined)[]).includes(value);

export const isUnit = isOneOf(UNITS);
export const isMode = isOneOf(MODES);
export const isHandling = isOneOf(HANDLINGS);
export const isStatus = isOneOf(STATUSES);
export const isDecision = isOneOf(DECISIONS);
export const isBox = isOneOf(BOXES);
export const isEventKind = isOneOf(EVENT_KINDS);
