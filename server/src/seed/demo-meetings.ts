// Demo working-group records (demo-meetings-data.ts): each node convenes its own meetings with its own part of each
// (attendance, notes per agenda item, decisions), records its party's fictional commitments and reports their
// progress, and drafts, clears (a second person) and releases its own readout, so the public page and its feeds
// show a readout in both languages from the first start. The other party's meetings arrive through the exchange.
import type { Actor, Ctx } from '../platform/context.js';
import { clearReadout, createCommitment, createMeeting, draftReadout, getMeeting, releaseReadout, reportProgress, saveOwnPart, setTranslation } from '../modules/meetings/index.js';
import { DEMO_COMMITMENTS, DEMO_MEETINGS, DEMO_READOUTS, type DemoMeeting } from './demo-meetings-data.js';

type Deps = { ctx: Ctx; actors: ReadonlyMap<string, Actor>; agencyId: (acronym: string) => string; others: string[] };

const as = (ctx: Ctx, actors: ReadonlyMap<string, Actor>, username: string): Ctx => {
  const actor = actors.get(username);
  if (!actor) throw new Error(`the demo working group names no demo user ${username}`);
  return { ...ctx, actor };
};

/** The meeting with this party's part of it; answers its id and agenda item ids by topic. */
async function seedMeeting(d: Deps, secretariat: Ctx, m: DemoMeeting): Promise<{ id: string; startsAt: string }> {
  const saved = await createMeeting(secretariat, {
    level: m.level, mode: m.mode, title: m.title, language: m.language, startsAt: new Date(m.startsAt), endsAt: new Date(m.endsAt), timeZone: m.timeZone, place: m.place,
    parties: d.others, agenda: m.agenda.map((a) => ({ id: null, topic: a.topic, title: a.title })), links: { incidents: [], notifications: [], cases: [], requests: [] }, handling: 'TLP:CLEAR', status: 'held',
  });
  const meeting = await getMeeting(secretariat, saved.id);
  const itemOf = (topic: string) => meeting.agenda.find((a) => a.topic === topic)?.id ?? null;
  await saveOwnPart(secretariat, saved.id, {
    language: m.language,
    attendance: m.attendance.map((a) => ({ title: a.title, agencyId: d.agencyId(a.agency), principal: a.principal, userId: null, contactId: null, name: null })),
    notes: m.agenda.flatMap((a) => (a.note ? [{ itemId: itemOf(a.topic) as string, text: a.note }] : [])),
    decisions: m.decisions.map((text) => ({ id: null, itemId: null, text })),
  }, 0);
  return { id: saved.id, startsAt: m.startsAt };
}

export async function seedDemoMeetings(d: Deps): Promise<void> {
  const party = d.ctx.config.party;
  const lower = party.toLowerCase();
  const secretariat = as(d.ctx, d.actors, `secretariat.${lower}`);
  const supervisor = as(d.ctx, d.actors, `supervisor.${lower}`);
  const ids = new Map<string, string>();
  for (const m of DEMO_MEETINGS[party] ?? []) ids.set(m.key, (await seedMeeting(d, secretariat, m)).id);
  const today = d.ctx.clock.now().getTime();
  for (const c of DEMO_COMMITMENTS[party] ?? []) {
    const meetingId = ids.get(c.meeting);
    if (!meetingId) throw new Error(`a demo commitment names no demo meeting ${c.meeting}`);
    const dueOn = new Date(today + c.dueInDays * 86_400_000).toISOString().slice(0, 10);
    const saved = await createCommitment(secretariat, { meetingId, topic: c.topic, text: c.text, language: party === 'CN' ? 'zh' : 'en', agencyId: d.agencyId(c.agency), dueOn, evidence: { incidents: [], notifications: [], cases: [], requests: [] }, handling: 'TLP:CLEAR', demo: true });
    if (c.status !== 'open') await reportProgress(secretariat, saved.id, { status: c.status, note: c.note ?? '', evidence: { incidents: [], notifications: [], cases: [], requests: [] } }, saved.version);
  }
  const r = DEMO_READOUTS[party];
  const meetingId = r ? ids.get(r.meeting) : undefined;
  if (!r || !meetingId) return;
  const drafted = await draftReadout(secretariat, { meetingId, kind: 'own', jointId: null, language: party === 'CN' ? 'zh' : 'en', title: r.title, body: r.body, links: { incidents: [], notifications: [], cases: [], requests: [] } });
  const translated = await setTranslation(secretariat, drafted.id, { ...r.translation, by: 'person' }, drafted.version);
  await clearReadout(supervisor, drafted.id, translated.version);
  await releaseReadout(supervisor, drafted.id);
}
