// Cases, requests and their steps as each node keeps them. A case and a request are their opening party's records
// (edited there, copies elsewhere read-only, each version replacing the last); a step is the record of the party that
// took it (the receiver acknowledges, delays, asks for clarification, answers or refuses; the requester clarifies
// and closes), never edited once sent. The request row carries the state both sides derive from its steps: status,
// the clock (due, paused, expected), first answer and closure, so lists and figures read one row.
import { sql } from 'drizzle-orm';
import { bigint, char, check, customType, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
// PGlite hands bytea back as a Uint8Array: made a Buffer, so `.toString('base64')` is base64 on both databases.
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({ dataType: () => 'bytea', fromDriver: (v) => Buffer.from(v) });
const handlingCheck = (table: string, column: unknown) => check(`${table}_handling_check`, sql`${column} in ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')`);

type AgencyRef = { acronym: string; nameEn: string; nameZh: string };
/** What a case or request links to on the opening node, by reference (incidents, notifications) or id (contacts). */
export type Links = { incidents: string[]; notifications: string[]; contacts: string[] };
export type AskedItem = { code: string; note: string | null };
export type ContactRef = { id: string; name: string };

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').notNull(),
    originParty: char('origin_party', { length: 2 }).notNull(),
    version: integer('version').notNull(),
    agencyId: uuid('agency_id'),
    agency: jsonb('agency').$type<AgencyRef>().notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    language: text('language').notNull(),
    topic: text('topic').notNull(),
    /** The other parties the case is shared with (the opening party is always in it). */
    parties: text('parties').array().notNull().default(sql`'{}'`),
    handling: text('handling').notNull(),
    useRestrictions: text('use_restrictions').array().notNull().default(sql`'{}'`),
    links: jsonb('links').$type<Links>().notNull(),
    entities: jsonb('entities').$type<Record<string, unknown>[]>().notNull(),
    status: text('status').notNull(),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name').notNull(),
    idempotencyKey: text('idempotency_key'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('cases_reference_idx').on(t.reference),
    index('cases_list_idx').on(t.status, t.updatedAt, t.id),
    uniqueIndex('cases_idempotency_idx').on(t.createdBy, t.idempotencyKey).where(sql`${t.idempotencyKey} is not null`),
    handlingCheck('cases', t.handling),
    check('cases_status_check', sql`${t.status} in ('open', 'closed', 'withdrawn')`),
  ],
);

export const requests = pgTable(
  'requests',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').notNull(),
    /** The requesting party; `toParty` is asked. */
    originParty: char('origin_party', { length: 2 }).notNull(),
    toParty: char('to_party', { length: 2 }).notNull(),
    version: integer('version').notNull(),
    caseId: uuid('case_id'),
    caseReference: text('case_reference'),
    agencyId: uuid('agency_id'),
    agency: jsonb('agency').$type<AgencyRef>().notNull(),
    toContact: jsonb('to_contact').$type<ContactRef>(),
    type: text('type').notNull(),
    legalBasis: text('legal_basis').notNull(),
    legalBasisOther: text('legal_basis_other'),
    priority: text('priority').notNull(),
    items: jsonb('items').$type<AskedItem[]>().notNull(),
    subject: text('subject').notNull(),
    details: text('details').notNull(),
    language: text('language').notNull(),
    entities: jsonb('entities').$type<Record<string, unknown>[]>().notNull(),
    links: jsonb('links').$type<Links>().notNull(),
    handling: text('handling').notNull(),
    useRestrictions: text('use_restrictions').array().notNull().default(sql`'{}'`),
    reliability: char('reliability', { length: 1 }),
    credibility: char('credibility', { length: 1 }),
    status: text('status').notNull(),
    /** The clock, as the receiver counted it (its calendar and zone); copied to the requester with each step. */
    periodAmount: smallint('period_amount'),
    periodUnit: text('period_unit'),
    receivedAt: ts('received_at'),
    dueAt: ts('due_at'),
    /**
     * While a clarification is awaited: when the clock stopped and how much of it was left; for a period of days, on
     * the receiver, also the whole days left on its calendar, counted again from the restart (clock-days.ts).
     */
    pausedAt: ts('paused_at'),
    remainingMs: bigint('remaining_ms', { mode: 'number' }),
    remainingDays: smallint('remaining_days'),
    /** The latest delay notice: when the receiver now expects to answer. */
    expectedAt: ts('expected_at'),
    delayCount: integer('delay_count').notNull().default(0),
    firstAnswerAt: ts('first_answer_at'),
    answeredAt: ts('answered_at'),
    closedAt: ts('closed_at'),
    sentAt: ts('sent_at'),
    /**
     * Four eyes on the requesting side: who drafted, everyone who changed the draft since (an edit, a document filed
     * or removed; appended, never replaced), who approved (a supervisor who is none of them).
     */
    createdBy: uuid('created_by'),
    editors: uuid('editors').array().notNull().default(sql`'{}'`),
    approvedBy: uuid('approved_by'),
    approvedByName: text('approved_by_name'),
    returnNote: text('return_note'),
    createdByName: text('created_by_name').notNull(),
    idempotencyKey: text('idempotency_key'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('requests_reference_idx').on(t.reference),
    index('requests_inbox_idx').on(t.toParty, t.status, t.dueAt, t.id),
    index('requests_outbox_idx').on(t.originParty, t.status, t.updatedAt, t.id),
    index('requests_due_idx').on(t.dueAt, t.id),
    index('requests_case_idx').on(t.caseId, t.createdAt),
    // The lists' orders without a status (inbox by deadline, outbox and all by the latest change), the subject
    // search, and the box counts over the requests still open (an index-only scan): bench/requests.ts.
    index('requests_inbox_due_idx').on(t.toParty, t.dueAt, t.id),
    index('requests_outbox_recent_idx').on(t.originParty, t.updatedAt, t.id),
    index('requests_recent_idx').on(t.updatedAt, t.id),
    index('requests_subject_trgm_idx').using('gin', t.subject.op('gin_trgm_ops')),
    index('requests_open_idx').on(t.status, t.toParty, t.originParty, t.dueAt, t.handling).where(sql`${t.status} not in ('answered', 'refused', 'closed', 'withdrawn')`),
    uniqueIndex('requests_idempotency_idx').on(t.createdBy, t.idempotencyKey).where(sql`${t.idempotencyKey} is not null`),
    handlingCheck('requests', t.handling),
    check('requests_status_check', sql`${t.status} in ('draft', 'awaiting-approval', 'sent', 'received', 'clarification', 'partially-answered', 'answered', 'refused', 'closed', 'withdrawn')`),
    check('requests_remaining_days_check', sql`${t.remainingDays} >= 0`),
  ],
);

export const requestSteps = pgTable(
  'request_steps',
  {
    id: uuid('id').primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    /** The party that took the step (its record); `local` steps (reminders, escalations) never leave the node. */
    party: char('party', { length: 2 }).notNull(),
    kind: text('kind').notNull(),
    /** pending-approval (an answer waiting for its supervisor), sent, received (another party's), local. */
    state: text('state').notNull(),
    agency: jsonb('agency').$type<AgencyRef>(),
    authorId: uuid('author_id'),
    authorName: text('author_name').notNull(),
    approvedBy: uuid('approved_by'),
    approvedByName: text('approved_by_name'),
    at: ts('at').notNull(),
    /** A coded reason (delay, refusal, closure). */
    reason: text('reason'),
    note: text('note'),
    language: text('language'),
    /** A delay notice's new expected date; an acknowledgment's or a restart's deadline. */
    expectedAt: ts('expected_at'),
    dueAt: ts('due_at'),
    handling: text('handling'),
    useRestrictions: text('use_restrictions').array().notNull().default(sql`'{}'`),
    entities: jsonb('entities').$type<Record<string, unknown>[]>().notNull().default(sql`'[]'`),
    links: jsonb('links').$type<Links>(),
    data: jsonb('data').$type<Record<string, unknown>>(),
    idempotencyKey: text('idempotency_key'),
  },
  (t) => [
    index('request_steps_request_idx').on(t.requestId, t.at, t.id),
    uniqueIndex('request_steps_idempotency_idx').on(t.authorId, t.idempotencyKey).where(sql`${t.idempotencyKey} is not null`),
    check('request_steps_state_check', sql`${t.state} in ('pending-approval', 'sent', 'received', 'local')`),
  ],
);

/** Documents filed with a request or with one of its steps; each travels as its own record (`request-document`). */
export const requestDocuments = pgTable(
  'request_documents',
  {
    id: uuid('id').primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    /** The step it came with; null for documents filed with the request itself. */
    stepId: uuid('step_id'),
    party: char('party', { length: 2 }).notNull(),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    content: bytea('content').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('request_documents_request_idx').on(t.requestId, t.createdAt)],
);

/** A party's agreement profile: the reply period for a type and priority (absent: the defaults of schemas.ts). */
export const requestPeriods = pgTable(
  'request_periods',
  {
    party: char('party', { length: 2 }).notNull(),
    type: text('type').notNull(),
    priority: text('priority').notNull(),
    amount: smallint('amount').notNull(),
    unit: text('unit').notNull(),
  },
  (t) => [primaryKey({ columns: [t.party, t.type, t.priority] }), check('request_periods_unit_check', sql`${t.unit} in ('hours', 'calendar-days', 'working-days')`)],
);

/** A party's four-eyes rule for what leaves beyond AMBER, RED and use restrictions: `sensitive` (those only) or `all`. */
export const requestSettings = pgTable(
  'request_settings',
  {
    party: char('party', { length: 2 }).primaryKey(),
    fourEyes: text('four_eyes').notNull(),
  },
  (t) => [check('request_settings_four_eyes_check', sql`${t.fourEyes} in ('sensitive', 'all')`)],
);

/** Reference serials per kind (CASE, REQ), party and year. */
export const requestSerials = pgTable(
  'request_serials',
  {
    kind: text('kind').notNull(),
    party: char('party', { length: 2 }).notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.party, t.year] })],
);
