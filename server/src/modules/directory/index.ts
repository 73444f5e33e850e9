// Directory: parties, their agencies, the people who use this node, and operational points of contact.
// Invariants: exactly one party is this node's own; contacts belong to an agency and are changed only by admins
// or by supervisors of that agency; a contact unverified for 90 days is stale; every change is audited.
// Credentials for users live in the accounts module; this module knows people, agencies and roles only.
export { parties as partyTable, agencies as agencyTable, users as userTable, contacts as contactTable } from './tables.js';
export type { PartyRow, AgencyRow, UserRow } from './repo.js';
export * as directoryRepo from './repo.js';
export { directoryRoutes } from './routes.js';
export { listParties, selfParty, createParty, createAgency, listAgencies, bootstrapParties } from './service.js';
export { createContact, verifyContact, listContacts, getContact, updateContact, setContactActive, withdrawContact, requireContactOrTombstone } from './contacts-service.js';
export { contactExchangeHandler, CONTACT_KIND } from './contacts-exchange.js';
export { codeLists } from './code-lists.js';
export { STALE_AFTER_DAYS } from './policy.js';
export { agencyOf } from './agency-check.js';
export type { Contact, Agency, Party, CreateContact } from './schemas.js';
export { directoryAuditSubjects } from './audit-subjects.js';
export { contactTexts } from './contact-texts.js';
export { actorName, agencyRef } from './people.js';
export { otherPartyIssues } from './party-check.js';
