// The record kinds the working group exchanges, each versioned and withdrawable by its owner: a meeting (its
// convening party's), a meeting part (each party's own attendance, notes and decisions), a commitment (its owning
// party's), a readout (its drafting party's text; a joint readout is one per party, sharing a joint id) and a
// readout clearance (a party's clearance of one version of its readout).
export const MEETING_KIND = 'meeting';
export const MEETING_PART_KIND = 'meeting-part';
export const COMMITMENT_KIND = 'commitment';
export const READOUT_KIND = 'readout';
export const CLEARANCE_KIND = 'readout-clearance';
