// Requests and cases (issue 16): law-enforcement coordination between parties, with reply clocks both sides can hold
// each other to. A case is a shared thread of cooperation on one matter, its opening party's record shared with the
// parties it names. A request (within a case or alone) asks one party for information, assistance, service of a
// document or evidence, or brings spontaneous information; its legal basis, type and priority are coded
// (data/requests.json). The requested party's node acknowledges it on receipt and counts its reply period on its own
// calendar and zone (kit.ts); each later step — a delay notice, a clarification asked and given, a partial answer,
// an answer, a refusal, a closure — is a signed record of the party that took it (wire.ts) and is applied the same
// way on both nodes (state.ts), so both show one timeline and one deadline.
// Invariants: each side edits only its own records; a change, its audit entry, its envelopes and its clock jobs
// commit together; a request or an answer that leaves marked AMBER or RED or with a use restriction was approved by
// a supervisor who did not draft it (policy.ts; other steps leave as filed); an answer is never less strict than its
// request nor drops its use restrictions; every read path asks platform/handling.
export { CASE_KIND, REQUEST_KIND, STEP_KIND, DOCUMENT_KIND } from './wire.js';
export { requestLists } from './schemas.js';
export { listRequests, boxCounts, getRequest, requestView, listCases, getCase, caseView, RequestQuery, RequestPage, CaseQuery, CasePage, BoxCounts } from './queries.js';
export { requestAuditSubjects } from './audit-subjects.js';
export { casesByReference, requestsByReference, type LinkedRef } from './lookup.js';
export { requestTexts } from './texts.js';
export { requestFigureRoutes } from './figures-routes.js';
export { requestFigures } from './figures.js';
export { caseHandler, requestHandler } from './receive.js';
export { stepHandler, documentHandler } from './receive-steps.js';
export { requestClockHandlers } from './clock-handlers.js';
export { requestStepRoutes } from './step-routes.js';
export { requestRoutes } from './routes.js';
export { createCase, updateCase, closeCase, withdrawCase } from './cases.js';
export { createRequest, updateRequest, submitRequest, approveRequest, returnRequest, withdrawRequest } from './drafting.js';
export { addRequestDocument, removeRequestDocument } from './drafting-documents.js';
export { getRequestSettings, putRequestSettings } from './settings.js';
export { fileStep, approveStep, returnStep } from './steps.js';
export type { Request, Case, RequestInput, CaseInput, StepInput } from './schemas.js';
