// The two-node ground of the working group's restore tests (meetings.restore*.test.ts): a US/CN pair, a secretariat
// and a supervisor on each side (their contexts made afresh each time: a restore puts another database under the
// node), inputs for commitments and joint readouts, and the steps every test repeats — settling both ways, a US
// meeting held on both nodes, a joint readout cleared on both and released by the US.
import { NO_LINKS } from '../src/modules/meetings/links.js';
import { clearReadout } from '../src/modules/meetings/readout-clearance.js';
import { getReadout } from '../src/modules/meetings/readout-queries.js';
import { releaseReadout } from '../src/modules/meetings/readout-release.js';
import { draftReadout } from '../src/modules/meetings/readouts.js';
import type { CommitmentInput } from '../src/modules/meetings/schemas-commitments.js';
import { createMeetingIn, savePartIn } from './meetings.js';
import { requestPair } from './request-steps.js';

export const HOUR = 3_600_000;
export const serialOf = (reference: string) => Number(reference.slice(-6));

export async function restorePair() {
  const pair = await requestPair();
  const { us, cn, clock, person, usAgency, cnAgency } = pair;
  const [usKeeperP, usSupervisorP, cnKeeperP, cnSupervisorP] = [await person(us, ['secretariat']), await person(us, ['supervisor']), await person(cn, ['secretariat']), await person(cn, ['supervisor'])];
  const usKeeper = () => us.ctx(us.person(['secretariat'], { id: usKeeperP.id, agencyId: usAgency.id }));
  const usSupervisor = () => us.ctx(us.person(['supervisor'], { id: usSupervisorP.id, agencyId: usAgency.id }));
  const cnKeeper = () => cn.ctx(cn.person(['secretariat'], { id: cnKeeperP.id, agencyId: cnAgency.id }));
  const cnSupervisor = () => cn.ctx(cn.person(['supervisor'], { id: cnSupervisorP.id, agencyId: cnAgency.id }));
  clock.set(new Date('2026-03-02T09:00:00Z'));
  const later = (ms: number) => clock.set(new Date(clock.now().getTime() + ms));

  const commitmentOf = (meetingId: string, over: Partial<CommitmentInput> = {}): CommitmentInput => ({
    meetingId, topic: 'precursors', text: 'Schedule three fentanyl precursors', language: 'en', agencyId: usAgency.id, dueOn: '2026-03-31', evidence: NO_LINKS, handling: 'TLP:GREEN', demo: false, ...over,
  });
  const readoutOf = (meetingId: string, jointId: string | null, language: 'en' | 'zh') => ({
    meetingId, kind: 'joint' as const, jointId, language, title: language === 'en' ? 'Joint readout of the working group' : '工作组联合纪要', body: language === 'en' ? 'The two sides agreed to exchange precursor lists every quarter.' : '双方同意每季度交换前体清单。', links: NO_LINKS,
  });

  /** Both ways, twice: whatever one side sent in answer to the other has arrived. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 2; i++) {
      await us.deliver();
      await cn.deliver();
    }
  }

  /** A TLP:CLEAR US meeting naming `parties`, the US part of it, held on both nodes. */
  async function usMeeting(title: string, parties: string[] = ['CN']) {
    const m = await createMeetingIn(usKeeper(), { title, handling: 'TLP:CLEAR', parties });
    const part = await savePartIn(usKeeper(), m.id, usAgency.id);
    await settle();
    return { ...m, partId: part.id };
  }

  /** The US text of a joint readout of the meeting and CN's under its joint id, each cleared by its own party, released by the US. */
  async function releasedJoint(meetingId: string) {
    const text = await draftReadout(usKeeper(), readoutOf(meetingId, null, 'en'));
    await settle();
    const { jointId } = await getReadout(cnKeeper(), text.id);
    const cnText = await draftReadout(cnKeeper(), readoutOf(meetingId, jointId, 'zh'));
    await settle();
    await clearReadout(usSupervisor(), text.id, 1);
    await clearReadout(cnSupervisor(), cnText.id, 1);
    await settle();
    await releaseReadout(usKeeper(), text.id);
    return { text, cnText };
  }

  return { ...pair, usKeeper, usSupervisor, cnKeeper, cnSupervisor, later, commitmentOf, readoutOf, settle, usMeeting, releasedJoint };
}
