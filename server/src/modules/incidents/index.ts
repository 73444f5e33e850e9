// Incidents (issue 15, being built): seizures, stopped shipments, diversions, laboratories, suspicious orders and
// wildlife seizures shared between nodes, with the companies, people, phones, accounts and parcels behind them.
// Landed so far: the reference data an incident is written with — the wildlife checklist and CITES trade terms
// (wildlife/), and entity normalisation (entities/): every entity kind has one canonical key, refused with a reason
// when malformed, and values too common to link records (free-mail domains, carriers' switchboards, ports) are named
// by rule. Invariants to keep as the record lands: correlation matches (kind, key) only; a common value never links.
export { incidentReferenceRoutes } from './routes.js';
export { normaliseEntity, isCommonValue } from './entities/index.js';
