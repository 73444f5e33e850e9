// The working group (issue 17): its meetings, each party's part of them, its commitments and their progress, and
// the readouts each government releases to the public. A meeting is its convening party's record shared with the
// parties taking part; each party keeps its own part (attendance, notes per agenda item, decisions), and neither
// edits the other's. A commitment is its owning party's, with updates over time; reminders before its due date and
// escalation after it are jobs. A readout is drafted by the secretariat in its author's language with a translation,
// cleared inside the party by a supervisor who wrote none of it, refused while it links any record that is not
// TLP:CLEAR or names a person who is not a principal, and released: a party's own readout by that party alone, a joint
// readout only once each party's node has cleared its own text. The public surface (public-routes.ts: HTML, Atom,
// JSON Feed, PDF) reads only `readout_releases`, which only the release writes. Restored from an older backup, the
// node takes back its own records of all five kinds as it sent them (restore-meetings.ts, restore-records.ts), its
// MTG, CMT and RO counters kept past them; a public release is never made up by the restore.
export { MEETING_KIND, MEETING_PART_KIND, COMMITMENT_KIND, READOUT_KIND, CLEARANCE_KIND } from './kinds.js';
export { meetingLists } from './kit.js';
export { meetingRoutes } from './meeting-routes.js';
export { commitmentRoutes } from './commitment-routes.js';
export { meetingFigureRoutes } from './figures-routes.js';
export { readoutRoutes } from './readout-routes.js';
export { publicReadoutRoutes } from './public-routes.js';
export { meetingHandler, meetingPartHandler } from './receive-meetings.js';
export { commitmentHandler } from './receive-commitments.js';
export { readoutHandler, clearanceHandler } from './receive-readouts.js';
export { commitmentClockHandlers } from './commitment-clock.js';
export { meetingAuditSubjects } from './audit-subjects.js';
export { meetingTexts } from './texts.js';
// The use cases, for the demo seed and the CLI.
export { createMeeting, updateMeeting, withdrawMeeting } from './meetings.js';
export { saveOwnPart } from './meeting-parts.js';
export { getMeeting, listMeetings } from './meeting-queries.js';
export { listCommitments, rollUp } from './commitment-queries.js';
export { MeetingQuery } from './schemas-meetings.js';
export { CommitmentQuery } from './schemas-commitments.js';
export { readoutReleases } from './tables.js';
export { createCommitment, updateCommitment, reportProgress, withdrawCommitment } from './commitments.js';
export { draftReadout, editReadout, setTranslation, withdrawReadout } from './readouts.js';
export { clearReadout } from './readout-clearance.js';
export { releaseReadout } from './readout-release.js';
