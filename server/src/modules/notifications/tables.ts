// Pre-export notifications, as the exporting node keeps its own and the importing node keeps what it received.
// One row per notification on each node: the exporter's fields come from the exporter's record, the importer's
// (receipt, clock, reply, clearance) from the importer's response record; each side edits only its own fields.
import { sql } from 'drizzle-orm';
import { boolean, char, check, customType, date, index, integer, jsonb, numeric, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({ dataType: () => 'bytea', fromDriver: (v) => Buffer.from(v) });

export type Trader = { name: string; address: string; licence: string | null };
export type Route = { portOfExit: string | null; portOfEntry: string | null; mode: string; carrier: string | null };
export type AgencyRef = { acronym: string; nameEn: string; nameZh: string };

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').notNull(),
    exportingParty: char('exporting_party', { length: 2 }).notNull(),
    importingParty: char('importing_party', { length: 2 }).notNull(),
    transitParties: text('transit_parties').array().notNull().default(sql`'{}'`),
    /** `pen` when a line is a scheduled chemical, `pen-light` (voluntary) when none is: set by screening. */
    scheme: text('scheme').notNull(),
    /** The most severe line verdict of the exporter's screening. */
    verdict: text('verdict').notNull(),
    /** The exporter's own lifecycle. */
    state: text('state').notNull(),
    /** What the list shows: the exporter's state and the importer's reply, combined (status.ts). */
    status: text('status').notNull(),
    version: integer('version').notNull(),
    agencyId: uuid('agency_id'),
    agency: jsonb('agency').$type<AgencyRef>().notNull(),
    exporter: jsonb('exporter').$type<Trader>().notNull(),
    importer: jsonb('importer').$type<Trader>().notNull(),
    consignee: jsonb('consignee').$type<Trader>(),
    intendedUse: text('intended_use').notNull(),
    shipmentDate: date('shipment_date').notNull(),
    route: jsonb('route').$type<Route>().notNull(),
    invoiceNumber: text('invoice_number'),
    /** The exporting party's export authorisation (licence, permit) number. */
    permitNumber: text('permit_number'),
    /** The importing party's import permit number, as the exporter was given it. */
    importPermitNumber: text('import_permit_number'),
    language: text('language').notNull(),
    handling: text('handling').notNull(),
    sentAt: ts('sent_at'),
    withdrawnAt: ts('withdrawn_at'),
    withdrawalNote: text('withdrawal_note'),
    /** Standard phrases (data/notification-phrases.json) by code: the reason for the withdrawal. */
    withdrawalCodes: text('withdrawal_codes').array().notNull().default(sql`'{}'`),
    infoProvidedAt: ts('info_provided_at'),
    decision: text('decision'),
    decisionNote: text('decision_note'),
    decisionCodes: text('decision_codes').array().notNull().default(sql`'{}'`),
    decidedAt: ts('decided_at'),
    reviewNeeded: boolean('review_needed').notNull().default(false),
    reviewedBy: uuid('reviewed_by'),
    reviewedByName: text('reviewed_by_name'),
    reviewedAt: ts('reviewed_at'),
    reviewNote: text('review_note'),
    // The importer's side.
    /**
     * The scheme by the importing party's own screening: `pen` when its law controls a line, `pen-light` when it
     * controls none; null until it has screened. Set on the importing node at receipt and on the exporting node from
     * the verdicts of the importer's response, never from the exporter's record: a stricter importer keeps its PEN.
     */
    importerScheme: text('importer_scheme'),
    responseId: uuid('response_id'),
    responseVersion: integer('response_version').notNull().default(0),
    receivedAt: ts('received_at'),
    dueAt: ts('due_at'),
    dueDate: date('due_date'),
    dueTimeZone: text('due_time_zone'),
    calendarUnknown: integer('calendar_unknown').array().notNull().default(sql`'{}'`),
    /** The reply period the deadline was counted with, so that both sides can say so (null: not recorded). */
    replyPeriodDays: integer('reply_period_days'),
    replyPeriodKind: text('reply_period_kind'),
    reply: text('reply'),
    acknowledgedAt: ts('acknowledged_at'),
    infoRequestedAt: ts('info_requested_at'),
    repliedAt: ts('replied_at'),
    /** The importing node's signed clearance or objection (compact JWS over the clearance document). */
    clearanceJws: text('clearance_jws'),
    /** The same node's signed summary of it for the QR code (carrying the document's hash). */
    clearanceQr: text('clearance_qr'),
    /**
     * A clearance or objection one officer prepared, waiting for a supervisor who did not prepare it to sign it (the
     * party requires a second person for lines controlled here). Kept on the importing node: nothing is sent until
     * it is signed.
     */
    preparedReply: text('prepared_reply'),
    preparedNote: text('prepared_note'),
    preparedCodes: text('prepared_codes').array().notNull().default(sql`'{}'`),
    preparedBy: uuid('prepared_by'),
    preparedByName: text('prepared_by_name'),
    preparedAt: ts('prepared_at'),
    createdBy: uuid('created_by'),
    /** Who last edited the draft: neither the drafter nor the last editor may review it (four eyes). */
    editedBy: uuid('edited_by'),
    createdByName: text('created_by_name').notNull(),
    idempotencyKey: text('idempotency_key'),
    idempotencyHash: text('idempotency_hash'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('notifications_reference_idx').on(t.reference),
    uniqueIndex('notifications_idempotency_idx').on(t.createdBy, t.idempotencyKey),
    // The inbox lists by deadline, the outbox by creation, each filtered by the other party or a status.
    index('notifications_inbox_idx').on(t.importingParty, t.dueAt.asc().nullsLast(), t.id.desc()),
    index('notifications_inbox_status_idx').on(t.importingParty, t.status, t.dueAt),
    index('notifications_outbox_idx').on(t.exportingParty, t.createdAt.desc(), t.id.desc()),
    index('notifications_due_idx').on(t.dueAt).where(sql`${t.status} in ('sent','delivered','acknowledged','info-provided')`),
    check('notifications_parties', sql`${t.exportingParty} <> ${t.importingParty}`),
    check('notifications_scheme', sql`${t.scheme} in ('pen','pen-light')`),
    check('notifications_importer_scheme', sql`${t.importerScheme} is null or ${t.importerScheme} in ('pen','pen-light')`),
    check('notifications_state', sql`${t.state} in ('draft','sent','withdrawn')`),
    check('notifications_status', sql`${t.status} in ('draft','sent','delivered','acknowledged','info-requested','info-provided','cleared','objected','withdrawn')`),
    check('notifications_reply', sql`${t.reply} is null or ${t.reply} in ('acknowledged','info-requested','cleared','objected')`),
    check('notifications_reply_period', sql`(${t.replyPeriodDays} is null and ${t.replyPeriodKind} is null) or (${t.replyPeriodDays} between 1 and 120 and ${t.replyPeriodKind} in ('calendar','working'))`),
    check('notifications_prepared_reply', sql`${t.preparedReply} is null or ${t.preparedReply} in ('cleared','objected')`),
    check('notifications_decision', sql`${t.decision} is null or ${t.decision} in ('authorised','suspended','refused','shipped','seized')`),
    check('notifications_language', sql`${t.language} in ('en','zh')`),
    check('notifications_version', sql`${t.version} >= 1 and ${t.responseVersion} >= 0`),
  ],
);

export const notificationLines = pgTable(
  'notification_lines',
  {
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    declaredName: text('declared_name').notNull(),
    cas: text('cas'),
    hsCode: text('hs_code'),
    smiles: text('smiles'),
    quantity: numeric('quantity', { precision: 24, scale: 6 }).notNull(),
    unit: text('unit').notNull(),
    /** As the exporter declared it, when in a US customary unit (lb, oz, gal): `quantity`/`unit` hold it converted. */
    originalQuantity: numeric('original_quantity', { precision: 24, scale: 6 }),
    originalUnit: text('original_unit'),
    concentration: numeric('concentration', { precision: 7, scale: 4 }),
    packaging: text('packaging'),
    packages: integer('packages'),
    /** The exporter's screening, with its own registry, when drafted or sent. */
    screening: jsonb('screening'),
    verdict: text('verdict').notNull(),
    /** The importer's own screening on receipt (its national controls may differ). */
    receiverScreening: jsonb('receiver_screening'),
    receiverVerdict: text('receiver_verdict'),
  },
  (t) => [
    primaryKey({ columns: [t.notificationId, t.position] }),
    index('notification_lines_cas_idx').on(t.cas),
    index('notification_lines_name_trgm_idx').using('gin', t.declaredName.op('gin_trgm_ops')),
    check('notification_lines_quantity', sql`${t.quantity} > 0`),
    check('notification_lines_original', sql`(${t.originalQuantity} is null and ${t.originalUnit} is null) or (${t.originalQuantity} > 0 and ${t.originalUnit} in ('lb','oz','gal'))`),
    check('notification_lines_concentration', sql`${t.concentration} is null or (${t.concentration} > 0 and ${t.concentration} <= 100)`),
    check('notification_lines_packages', sql`${t.packages} is null or ${t.packages} >= 1`),
  ],
);

/** The timeline: each side's steps, kept by both nodes (a side's events arrive with its record). */
export const notificationEvents = pgTable(
  'notification_events',
  {
    id: uuid('id').primaryKey(),
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    party: char('party', { length: 2 }).notNull(),
    kind: text('kind').notNull(),
    actorName: text('actor_name').notNull(),
    at: ts('at').notNull(),
    note: text('note'),
    /** The standard phrases chosen with this step, by code (requests, conditions, reasons). */
    codes: text('codes').array().notNull().default(sql`'{}'`),
    data: jsonb('data'),
  },
  (t) => [index('notification_events_notification_idx').on(t.notificationId, t.at)],
);

/** How long an importing party has to answer, and in which days: set by that party's administrators. */
export const notificationReplyPeriods = pgTable(
  'notification_reply_periods',
  {
    partyCode: char('party_code', { length: 2 }).primaryKey(),
    days: smallint('days').notNull(),
    kind: text('kind').notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [check('notification_reply_periods_days', sql`${t.days} between 1 and 120`), check('notification_reply_periods_kind', sql`${t.kind} in ('calendar','working')`)],
);

/**
 * Whether an importing party requires a second person for its clearances and objections of lines controlled on its
 * side: one officer prepares, a supervisor who did not prepare signs. Set by its administrators; on when unset.
 */
export const notificationSigningRules = pgTable('notification_signing_rules', {
  partyCode: char('party_code', { length: 2 }).primaryKey(),
  secondPerson: boolean('second_person').notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

/** The last reference number issued per party and year: `US-PEN-2026-000123`. */
export const notificationCounters = pgTable(
  'notification_counters',
  { partyCode: char('party_code', { length: 2 }).notNull(), year: smallint('year').notNull(), last: integer('last').notNull() },
  (t) => [primaryKey({ columns: [t.partyCode, t.year] })],
);

/** Documents filed with a notification (permits, end-user certificates): PDF, PNG or JPEG, checked by content. */
export const notificationAttachments = pgTable(
  'notification_attachments',
  {
    id: uuid('id').primaryKey(),
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: ts('created_at').notNull(),
    /**
     * The exporter's `info-provided` event this document came with; null for one filed with the draft. No foreign
     * key: on the importing node the events are replaced with each version of the exporter's record, and the
     * document's own record may be applied before or after the one carrying its event.
     */
    answerEventId: uuid('answer_event_id'),
  },
  (t) => [
    index('notification_attachments_notification_idx').on(t.notificationId),
    check('notification_attachments_type', sql`${t.mediaType} in ('application/pdf','image/png','image/jpeg')`),
    check('notification_attachments_size', sql`${t.size} between 1 and 4194304`),
  ],
);
