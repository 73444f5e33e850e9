// The notification fixture of the scope matrix. Own and other agency: notifications the US node exports, drafted by
// the staff officer of agency A or B, and brought to the state an operation needs — a draft with a document, a
// draft whose line screening flags (it needs a review), sent, asked for information by CN, cleared by CN. Other
// party: notifications CN exports to the US, received through the exchange — delivered with a document, with a
// clearance prepared by a US officer (it waits for a second person's signature), cleared by the US.
import { draftInput, LINES } from './notifications.js';
import type { Fixture, Rec } from './access-scope-fixtures.js';
import type { PairNode } from './pair.js';
import type { Headers, Scope, World } from './access-scope-world.js';
import { createDraft, replyTo, sendNotification } from '../src/modules/notifications/index.js';

type UsState = 'draft' | 'flagged' | 'sent' | 'info-requested' | 'cleared';
type CnState = 'received' | 'prepared' | 'cleared';
type State = UsState | CnState;

// Which record of each side serves an operation's state: an exporter-side step on CN's notification, or an
// importer-side one on this node's, acts on whatever record of that side there is (and must be refused).
const US_RECORD: Record<State, UsState> = { draft: 'draft', flagged: 'flagged', sent: 'sent', 'info-requested': 'info-requested', cleared: 'cleared', received: 'sent', prepared: 'sent' };
const CN_RECORD: Record<State, CnState> = { draft: 'received', flagged: 'received', sent: 'received', 'info-requested': 'received', cleared: 'cleared', received: 'received', prepared: 'prepared' };

const pdfBytes = () => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('an end-user certificate'), Buffer.from('\n%%EOF')]);
const pdf = { contentType: 'application/pdf', query: '?filename=end-user.pdf', body: pdfBytes };

/** Files a document with a draft through the API (the use case is not part of the module's public surface). */
async function attach(node: PairNode, headers: Headers, id: string): Promise<string> {
  const res = await node.app.inject({ method: 'POST', url: `/api/v1/notifications/${id}/attachments?filename=permit.pdf`, headers: { ...headers, 'content-type': 'application/pdf' }, payload: pdfBytes() });
  if (res.statusCode !== 201) throw new Error(`attachment refused: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

export function notificationFixture(w: World): Fixture {
  const cnOfficer = () => w.cn.ctx(w.cn.person(['officer'], { agencyId: w.agencies.cn.id }));
  const usOfficer = () => w.us.ctx(w.us.person(['officer'], { agencyId: w.agencies.a.id }));

  async function exported(scope: Scope, state: UsState): Promise<Rec> {
    const agencyId = scope === 'own agency' ? w.agencies.a.id : w.agencies.b.id;
    const exporter = w.us.ctx(w.us.person(['officer'], { agencyId }));
    const lines = state === 'flagged' ? [LINES.byRule] : state === 'cleared' ? [LINES.ethanol] : [LINES.anpp];
    const { id } = await createDraft(exporter, draftInput(agencyId, { lines }));
    if (state === 'draft') return { id, agencyId, attachmentId: await attach(w.us, (scope === 'own agency' ? w.staff.a : w.staff.b).headers, id) };
    if (state === 'flagged') return { id, agencyId };
    await sendNotification(exporter, id);
    await w.us.deliver();
    // Ethanol is controlled nowhere: one CN officer clears it, no second person needed.
    if (state === 'info-requested') await replyTo(cnOfficer(), id, { action: 'request-info', note: 'Name the final consignee' });
    if (state === 'cleared') await replyTo(cnOfficer(), id, { action: 'clear', note: null });
    if (state !== 'sent') await w.cn.deliver();
    return { id, agencyId };
  }

  async function received(state: CnState): Promise<Rec> {
    const exporter = cnOfficer();
    const { id } = await createDraft(exporter, draftInput(w.agencies.cn.id, { importingParty: 'US', lines: [state === 'cleared' ? LINES.ethanol : LINES.anpp] }));
    const attachmentId = await attach(w.cn, w.staff.cn.headers, id);
    await sendNotification(exporter, id);
    await w.cn.deliver();
    // 4-ANPP is on US List I: a US officer's clearance is only prepared, and waits for a supervisor's signature.
    if (state === 'prepared' && (await replyTo(usOfficer(), id, { action: 'clear', note: null })) !== 'prepared') throw new Error('the clearance was not left for a second person');
    if (state === 'cleared' && (await replyTo(usOfficer(), id, { action: 'clear', note: null })) !== 'given') throw new Error('the clearance was not given');
    // A draft naming the caller's own agency: what someone taking over CN's notification would send.
    return { id, attachmentId, agencyId: w.agencies.a.id };
  }

  const draft = (rec: Rec) => draftInput(rec.agencyId ?? '', { invoiceNumber: 'INV-2026-0999' });
  return {
    resource: 'notification',
    prefix: '/api/v1/notifications/:id',
    absent: {},
    operations: {
      'GET /api/v1/notifications/:id': { state: 'draft' },
      'GET /api/v1/notifications/:id/attachments/:attachmentId': { state: 'draft' },
      'GET /api/v1/notifications/:id/delivery': { state: 'sent' },
      'GET /api/v1/notifications/:id/clearance': { state: 'cleared' },
      'GET /api/v1/notifications/:id/clearance.pdf': { state: 'cleared' },
      'GET /api/v1/notifications/:id/notification.pdf': { state: 'draft' },
      'PUT /api/v1/notifications/:id': { state: 'draft', body: draft },
      'POST /api/v1/notifications/:id/attachments': { state: 'draft', consumes: true, ...pdf },
      'DELETE /api/v1/notifications/:id/attachments/:attachmentId': { state: 'draft', consumes: true },
      'POST /api/v1/notifications/:id/review': { state: 'flagged', consumes: true, body: () => ({ note: 'Checked against the permit' }) },
      'POST /api/v1/notifications/:id/send': { state: 'draft', consumes: true },
      'POST /api/v1/notifications/:id/withdraw': { state: 'sent', consumes: true, body: () => ({ note: 'Order cancelled' }) },
      'POST /api/v1/notifications/:id/information': { state: 'info-requested', consumes: true, body: () => ({ note: 'The consignee is the licensed laboratory' }) },
      // Authorising again is allowed (nothing final): the sent notification serves every cell.
      'POST /api/v1/notifications/:id/decision': { state: 'sent', body: () => ({ decision: 'authorised', note: null }) },
      'POST /api/v1/notifications/:id/replies': { state: 'received', consumes: true, body: () => ({ action: 'acknowledge', note: null }) },
      'POST /api/v1/notifications/:id/sign': { state: 'prepared', consumes: true, body: () => ({}) },
      'POST /api/v1/notifications/:id/return': { state: 'prepared', consumes: true, body: () => ({ note: 'Check the consignee first' }) },
    },
    make: (scope, state) => (scope === 'other party' ? received(CN_RECORD[state as State]) : exported(scope, US_RECORD[state as State])),
  };
}
