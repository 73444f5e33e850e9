// Entities: the companies, people, addresses, phones, accounts, vessels and parcels that records name, normalised
// to keys (normalise/), and the correlation index that links records sharing a key (tables.ts, mentions.ts,
// links.ts). Any module whose records name entities indexes them here inside its own transaction and reads its
// links back; the index stores one row per mention, never pairs. Invariants: correlation matches (kind, key) only;
// a value common by rule or by frequency never links; a link is shown only to a reader who may read both records
// (platform/handling), and a withdrawn or purged record's mentions go with it.
export * from './normalise/index.js';
export { entityMentions } from './tables.js';
export { keyMentions, indexMentions, addMentions, forgetMentions, mentionedKindOf, rehandleMentions, indexSize, type KeyedMention, type MentionInput, type MentionedIn } from './mentions.js';
export { linksOf, entityPage, mentionsOf, type EntityLink, type EntityPage, type OwnMention, type RecordMention } from './links.js';
export { EntityInput, EntityView, EntityLinkView, RecordMentionView } from './schemas.js';
export { entityRoutes } from './routes.js';
