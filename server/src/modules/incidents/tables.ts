// Incidents as each node keeps them: its own (edited here) and those other parties shared with it (read-only, each
// version replacing the last). Items are rows of their own so that figures can sum quantities per substance and per
// species; entities live in the shared correlation index (modules/entities), keyed by the incident's id.
import { sql } from 'drizzle-orm';
import { char, check, date, doublePrecision, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

type AgencyRef = { acronym: string; nameEn: string; nameZh: string };
export type Outcome = { investigation: string; arrests: number; prosecution: string; disposition: string };

export const incidents = pgTable(
  'incidents',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').notNull(),
    originParty: char('origin_party', { length: 2 }).notNull(),
    kind: text('kind').notNull(),
    version: integer('version').notNull(),
    /** This node's agency id for the reporting agency (received: the sending party's agency, created on first sight). */
    agencyId: uuid('agency_id'),
    agency: jsonb('agency').$type<AgencyRef>().notNull(),
    occurredOn: date('occurred_on').notNull(),
    country: char('country', { length: 2 }).notNull(),
    locality: text('locality'),
    port: text('port'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    title: text('title').notNull(),
    narrative: text('narrative').notNull(),
    language: text('language').notNull(),
    route: jsonb('route').$type<Record<string, unknown>>().notNull(),
    outcome: jsonb('outcome').$type<Outcome>().notNull(),
    /** The pre-export notification a stopped shipment stopped, by id on this node and by reference. */
    notificationId: uuid('notification_id'),
    notificationReference: text('notification_reference'),
    handling: text('handling').notNull(),
    useRestrictions: text('use_restrictions').array().notNull().default(sql`'{}'`),
    reliability: char('reliability', { length: 1 }).notNull(),
    credibility: char('credibility', { length: 1 }).notNull(),
    releasableTo: text('releasable_to').array().notNull().default(sql`'{}'`),
    /** The entities as filed (kind, value, role, options), in order; their keys are in the correlation index. */
    entities: jsonb('entities').$type<Record<string, unknown>[]>().notNull(),
    status: text('status').notNull(),
    withdrawnAt: ts('withdrawn_at'),
    withdrawalNote: text('withdrawal_note'),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name').notNull(),
    idempotencyKey: text('idempotency_key'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('incidents_reference_idx').on(t.reference),
    index('incidents_list_idx').on(t.status, t.occurredOn, t.id),
    index('incidents_party_idx').on(t.originParty, t.occurredOn),
    uniqueIndex('incidents_idempotency_idx').on(t.createdBy, t.idempotencyKey).where(sql`${t.idempotencyKey} is not null`),
    // The last line of defence: an unknown handling code would read as no restriction at all.
    check('incidents_handling_check', sql`${t.handling} in ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')`),
    check('incidents_status_check', sql`${t.status} in ('active', 'withdrawn')`),
  ],
);

export const incidentItems = pgTable(
  'incident_items',
  {
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    type: text('type').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    /** Chemical lines: this node's screening of the line (kept once, by hash, in `screening_results`) and the registry substances it identified. */
    verdict: text('verdict'),
    // References screening_results(hash): the constraint is in migration 0022, by hand (another module's table).
    screeningHash: text('screening_hash'),
    substanceIds: text('substance_ids').array().notNull().default(sql`'{}'`),
    /** Wildlife items: the scientific name (as in the checklist). */
    taxon: text('taxon'),
    /** Quantity for figures: mass in kilograms where the unit is a mass, otherwise the quantity in its unit. */
    quantity: numeric('quantity'),
    unit: text('unit'),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.position] }), index('incident_items_substances_idx').using('gin', t.substanceIds), index('incident_items_taxon_idx').on(t.taxon)],
);

/** Serials for references, per party and year. */
export const incidentSerials = pgTable('incident_serials', { party: char('party', { length: 2 }).notNull(), year: integer('year').notNull(), last: integer('last').notNull() }, (t) => [primaryKey({ columns: [t.party, t.year] })]);

export const incidentFollowUps = pgTable(
  'incident_follow_ups',
  {
    id: uuid('id').primaryKey(),
    incidentId: uuid('incident_id').notNull(),
    originParty: char('origin_party', { length: 2 }).notNull(),
    version: integer('version').notNull(),
    agencyId: uuid('agency_id'),
    agency: jsonb('agency').$type<AgencyRef>(),
    authorName: text('author_name').notNull(),
    note: text('note').notNull(),
    language: text('language').notNull(),
    handling: text('handling').notNull(),
    entities: jsonb('entities').$type<Record<string, unknown>[]>().notNull(),
    /** Withdrawn by its author: kept here, marked and linking nothing; purged by the parties it was sent to. */
    status: text('status').notNull().default('active'),
    withdrawnAt: ts('withdrawn_at'),
    withdrawalNote: text('withdrawal_note'),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    index('incident_follow_ups_incident_idx').on(t.incidentId, t.createdAt),
    check('incident_follow_ups_handling_check', sql`${t.handling} in ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')`),
    check('incident_follow_ups_status_check', sql`${t.status} in ('active', 'withdrawn')`),
  ],
);
