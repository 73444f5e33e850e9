// Incidents (issue 15): seizures, stopped shipments, diversions, laboratories, suspicious orders and wildlife
// seizures, shared between nodes with the companies, people, phones, accounts and parcels behind them.
// An incident is its reporting party's record: filed by that party's officers (service.ts, policy.ts), its chemical
// lines screened by each node's own registry (items.ts), its entities keyed into the shared correlation index
// (modules/entities) so that records of both parties link, and sent to the parties it is releasable to as versions
// and withdrawals (wire.ts, receive.ts). Another party answers with follow-ups, its own records (follow-ups.ts).
// Invariants: a record change, its index entries, its audit entry and its envelopes commit together; every read
// path asks platform/handling (RED not found by those who may not see it, AMBER and RED reads audited); a withdrawn
// incident or follow-up links nothing; reference data (wildlife/, the common-value lists) is checked at boot.
export { incidentReferenceRoutes } from './reference-routes.js';
export { incidentRoutes } from './routes.js';
export { incidentTransferRoutes } from './transfer-routes.js';
export { incidentFigureRoutes } from './figures-routes.js';
export { incidentFigures } from './figures.js';
export { incidentHandler, followUpHandler } from './receive.js';
export { INCIDENT_KIND, FOLLOW_UP_KIND } from './wire.js';
export { createIncident, updateIncident, withdrawIncident, checkIncident } from './service.js';
export { addFollowUp, withdrawFollowUp } from './follow-ups.js';
export { listIncidents, getIncident, readIncident } from './queries.js';
export { incidentsByReference, type IncidentRef } from './lookup.js';
export { incidentAuditSubjects } from './audit-subjects.js';
export { incidentTexts } from './texts.js';
export type { IncidentInput, Incident } from './schemas.js';
