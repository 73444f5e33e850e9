// Incident entities: the companies, people, phones, accounts, vessels… that incidents shared between nodes name,
// normalised to keys that correlate records by exact equality. Invariants: a key depends only on (kind, value,
// options), never on the node or the time; a value that cannot be keyed is refused with a stable reason slug, never
// keyed half-right; values over 1,000 characters are refused before any parsing; common values never link alone.
export { ENTITY_KINDS, ENTITY_ROLES, isEntityKind, isEntityRole, type EntityKind, type EntityRole } from './kinds.js';
export { normaliseEntity } from './normalise.js';
export { NORMALISE_FAILURES, type EntityDetails, type Normalised, type NormaliseFailure, type NormaliseOptions } from './result.js';
export { emailDomain } from './contact.js';
export { MARKETPLACES } from './website.js';
export { MAX_VALUE_CHARS } from './text.js';
export { isValidContainerNumber, isValidIban, isValidImo, isValidS10, isValidUscc } from './check-digits.js';
export {
  COMMON_FREQUENCY_THRESHOLD,
  CommonValuesDataError,
  exceedsFrequency,
  isCommonEmailDomain,
  isCommonValue,
  loadCommonValues,
  type Commonness,
} from './common-values.js';
