// Substances: the controlled-substance registry (shipped public data in data/substances/ plus each node's own
// national controls with effective dates) and the screening engine that says, for a declared chemical, whether it
// is controlled, where, since when and why — by identifier, name, exact structure, legal-derivative rule, class
// rule or similarity. Invariants: shipped data is validated before use and never loaded in part; screening is a
// pure function of the line, the registry version and the date; every registry change is audited.
export { substanceRoutes } from './routes.js';
export { shippedRegistry, currentRegistry } from './registry-store.js';
export { screenLines } from './screening-service.js';
export { createScreener, type Screener } from './screener.js';
export { RegistryDataError } from './registry-data.js';
export { screenManifest, manifestFormatOf, type BulkSummary } from './bulk.js';
export { resumeJobs } from './jobs-runner.js';
export { IdentifiedSubstance, ScreeningLine, ScreeningResult, Verdict } from './screening-schemas.js';
export { Listing, listingsOf } from './listings.js';
export { identifiedSubstances, labelIn, storedResult } from './identified.js';
export { forgetScreenings, keepScreenings, keptScreening, keptScreenings, type KeptScreening } from './kept-screenings.js';
export { substanceAuditSubjects } from './audit-subjects.js';
