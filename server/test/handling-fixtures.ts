// Fixtures of the handling test (handling.routes.test.ts): for each kind of record that carries a handling, the path
// its routes start with, how to make one at a given handling, which audit action a person's read of an AMBER or RED
// one writes, and the lists that must leave a TLP:RED one out for those who may not see it.
//
// EXTENSION POINT — a new kind of record with a handling adds one entry to HANDLED_KINDS below: a
// function like `contactKind` returning its HandledKind. Every GET route with `:id` under its prefix is then checked
// (a viewer gets 404 for a RED record, as for a missing one; an officer's read of AMBER and RED is audited). Until it
// is added, a GET route with `:id` under a prefix no entry names fails the route-table check, naming itself.
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { eq } from 'drizzle-orm';
import { incidentInput } from './incidents.js';
import { draftInput } from './notifications.js';
import { caseInput, PDF, requestInput } from './request-inputs.js';
import { commitmentInput, readoutInput } from './access-scope-meetings.js';
import { postMeeting } from './meetings.js';
import type { TestNode } from './node.js';
import type { AuditAction } from '../src/platform/audit/index.js';
import type { Handling } from '../src/platform/handling/index.js';
import { contactTable, createContact } from '../src/modules/directory/index.js';

type Headers = Record<string, string>;

/** A record: the values of its routes' path parameters (`id`, `attachmentId`…), and what a list shows of it (`name`). */
export type HandledRecord = Record<string, string>;

/** A list that must leave out what the reader may not read; `shows` says whether the response lists the record. */
export type HandledList = { url: string; shows: (res: LightMyRequestResponse, rec: HandledRecord) => boolean };

export type HandledKind = {
  /** The kind's name: its audit subject type, and `:kind` in /api/v1/translations/:kind/:id when it has free text. */
  kind: string;
  /** Routes whose URL is this or starts with it and `/` read this kind of record. */
  prefix: string;
  /** Written when a person reads an AMBER or RED record (GET <prefix>, and its translations). */
  readAction: AuditAction;
  /** Whether its free text is served by /api/v1/translations/:kind/:id. */
  hasTexts: boolean;
  lists: HandledList[];
  make: (handling: Handling) => Promise<HandledRecord>;
};

/** The node the fixtures make records on: an agency of this party and an officer of it (signed in). */
export type HandlingWorld = { node: TestNode; agencyId: string; officer: Headers };

const listed = (res: LightMyRequestResponse, rec: HandledRecord) => res.json<{ items: { id: string }[] }>().items.some((i) => i.id === rec.id);

/** This node's own notification, drafted through the API by an officer of the agency, with a document filed. */
function notificationKind(w: HandlingWorld): HandledKind {
  return {
    kind: 'notification',
    prefix: '/api/v1/notifications/:id',
    readAction: 'notification.read',
    hasTexts: true,
    lists: [{ url: '/api/v1/notifications?box=outbox&pageSize=200', shows: listed }],
    async make(handling) {
      const drafted = await w.node.app.inject({ method: 'POST', url: '/api/v1/notifications', headers: w.officer, payload: draftInput(w.agencyId, { handling }) });
      if (drafted.statusCode !== 201) throw new Error(`draft refused: ${drafted.statusCode} ${drafted.body}`);
      const { id } = drafted.json<{ id: string }>();
      const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('an end-user certificate'), Buffer.from('\n%%EOF')]);
      const filed = await w.node.app.inject({ method: 'POST', url: `/api/v1/notifications/${id}/attachments?filename=permit.pdf`, headers: { ...w.officer, 'content-type': 'application/pdf' }, payload: pdf });
      if (filed.statusCode !== 201) throw new Error(`attachment refused: ${filed.statusCode} ${filed.body}`);
      return { id, attachmentId: filed.json<{ id: string }>().id };
    },
  };
}

/**
 * A point of contact of this node. No API sets a contact's handling (new ones are TLP:GREEN), but another party's
 * node may send one at any handling through the exchange: the row is given the handling directly, as the exchange
 * would store it.
 */
function contactKind(w: HandlingWorld): HandledKind {
  return {
    kind: 'contact',
    prefix: '/api/v1/contacts/:id',
    readAction: 'contact.read',
    hasTexts: true,
    lists: [
      { url: '/api/v1/contacts?pageSize=200', shows: listed },
      { url: '/api/v1/contacts/export?lang=en', shows: (res, rec) => res.body.includes(rec.name ?? '\u0000') },
    ],
    async make(handling) {
      const name = `Handling desk ${randomBytes(4).toString('hex')}`;
      const c = await createContact(w.node.ctxFor(), { agencyId: w.agencyId, kind: 'desk', name, title: 'Duty desk', notes: 'Call first', topics: ['precursor-chemicals'], coverage: '24x7', channels: [{ kind: 'phone', value: '+1 202 555 0100' }], languages: ['en'], language: 'en' });
      await w.node.database.db.update(contactTable).set({ handling }).where(eq(contactTable.id, c.id));
      return { id: c.id, name };
    },
  };
}

/** This node's own incident, filed through the API by an officer of the agency, with a follow-up. */
function incidentKind(w: HandlingWorld): HandledKind {
  return {
    kind: 'incident',
    prefix: '/api/v1/incidents/:id',
    readAction: 'incident.read',
    hasTexts: true,
    lists: [{ url: '/api/v1/incidents?pageSize=200', shows: listed }],
    async make(handling) {
      const title = `Handling incident ${randomBytes(4).toString('hex')}`;
      const res = await w.node.app.inject({ method: 'POST', url: '/api/v1/incidents', headers: w.officer, payload: incidentInput(w.agencyId, { title, handling }) });
      if (res.statusCode !== 201) throw new Error(`incident not filed: ${res.body}`);
      return { id: res.json<{ id: string }>().id, name: title };
    },
  };
}

/** This node's own case, opened through the API by an officer of the agency, shared with CN. */
function caseKind(w: HandlingWorld): HandledKind {
  return {
    kind: 'case',
    prefix: '/api/v1/cases/:id',
    readAction: 'case.read',
    hasTexts: true,
    lists: [{ url: '/api/v1/cases?pageSize=200', shows: listed }],
    async make(handling) {
      const res = await w.node.app.inject({ method: 'POST', url: '/api/v1/cases', headers: w.officer, payload: caseInput({ handling, agencyId: w.agencyId }) });
      if (res.statusCode !== 201) throw new Error(`case not opened: ${res.statusCode} ${res.body}`);
      return { id: res.json<{ id: string }>().id };
    },
  };
}

/** This node's own request to CN, drafted through the API by an officer of the agency, with a document filed. */
function requestKind(w: HandlingWorld): HandledKind {
  return {
    kind: 'request',
    prefix: '/api/v1/requests/:id',
    readAction: 'request.read',
    hasTexts: true,
    lists: [{ url: '/api/v1/requests?box=outbox&pageSize=200', shows: listed }],
    async make(handling) {
      const res = await w.node.app.inject({ method: 'POST', url: '/api/v1/requests', headers: w.officer, payload: requestInput({ handling, agencyId: w.agencyId }) });
      if (res.statusCode !== 201) throw new Error(`request not drafted: ${res.statusCode} ${res.body}`);
      const { id } = res.json<{ id: string }>();
      const filed = await w.node.app.inject({ method: 'POST', url: `/api/v1/requests/${id}/documents`, headers: w.officer, payload: { filename: 'statement.pdf', mediaType: 'application/pdf', content: PDF.toString('base64') } });
      if (filed.statusCode !== 201) throw new Error(`document refused: ${filed.statusCode} ${filed.body}`);
      return { id, documentId: filed.json<{ id: string }>().id };
    },
  };
}

/** The working group's keeper: secretariat (it drafts readouts) and supervisor (the secretariat alone may not see RED). */
type Keeper = () => Promise<Headers>;

const once = <T>(make: () => Promise<T>): (() => Promise<T>) => {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
};

async function created(w: HandlingWorld, headers: Headers, url: string, payload: Record<string, unknown>): Promise<string> {
  const res = await w.node.app.inject({ method: 'POST', url, headers, payload });
  if (res.statusCode !== 201) throw new Error(`${url} refused: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** This node's own meeting with CN, recorded through the API at the handling asked. */
function meetingKind(w: HandlingWorld, keeper: Keeper): HandledKind {
  return {
    kind: 'meeting',
    prefix: '/api/v1/meetings/:id',
    readAction: 'meeting.read',
    hasTexts: true,
    lists: [{ url: '/api/v1/meetings?pageSize=200', shows: listed }],
    make: async (handling) => ({ id: (await postMeeting(w.node.app, await keeper(), { handling })).id }),
  };
}

/** A commitment of the agency, at the handling asked, made at a TLP:GREEN meeting (its handling is its own). */
function commitmentKind(w: HandlingWorld, keeper: Keeper): HandledKind {
  const meeting = once(async () => (await postMeeting(w.node.app, await keeper())).id);
  return {
    kind: 'commitment',
    prefix: '/api/v1/commitments/:id',
    readAction: 'commitment.read',
    hasTexts: true,
    lists: [{ url: '/api/v1/commitments?pageSize=200', shows: listed }],
    make: async (handling) => ({ id: await created(w, await keeper(), '/api/v1/commitments', { ...commitmentInput(await meeting(), w.agencyId), handling }) }),
  };
}

/** A readout has no handling of its own: it is read under its meeting's, so a draft of a meeting at the handling asked. */
function readoutKind(w: HandlingWorld, keeper: Keeper): HandledKind {
  return {
    kind: 'readout',
    prefix: '/api/v1/readouts/:id',
    readAction: 'readout.read',
    hasTexts: false,
    lists: [{ url: '/api/v1/readouts?pageSize=200', shows: listed }],
    async make(handling) {
      const headers = await keeper();
      const meetingId = (await postMeeting(w.node.app, headers, { handling })).id;
      return { id: await created(w, headers, '/api/v1/readouts', readoutInput(meetingId)) };
    },
  };
}

/** Every kind of record with a handling. Add a kind here (one line) and every GET route under its prefix is checked. */
export function handledKinds(w: HandlingWorld): HandledKind[] {
  const keeper = once(async () => (await w.node.signedIn(['secretariat', 'supervisor'], { agencyId: w.agencyId })).headers);
  return [notificationKind(w), contactKind(w), incidentKind(w), caseKind(w), requestKind(w), meetingKind(w, keeper), commitmentKind(w, keeper), readoutKind(w, keeper)];
}
