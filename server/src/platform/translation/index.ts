// Translations of free text (DESIGN §4): a record's free text keeps its language, and gains translations kept beside
// it, each saying who made it (a person, by name; or a machine translation service, named as such), when, and which
// version of the original it translates (the sha256 of that text). Invariants: a translation whose original's hash
// (or language) is no longer that version is stale, and every read says so; there is one current translation per
// record, field, target language and kind of translator — a person's and a machine's may both exist, and readers
// are shown a current one before a stale one, a person's before a machine's; who may read translations is who may read the record (its module's TextSource,
// registered in app.ts), who may write them is officers and supervisors unless the source says narrower; every
// write is audited against the record, without the text, and a record purged on withdrawal takes its translations
// and their cached machine texts with it (forgetTranslationsIfGone). Machine translation is optional: only the
// LibreTranslate server named by COUNTERPART_TRANSLATE_URL is ever called, only from jobs (never inside a request or
// a transaction), and each text is sent once per language pair and service (cached by its hash). A receiving node's
// translations are its own records: they are not exchanged, and sharing one back with the record's party will be
// an explicit action of its own, later.
export { textTranslations, translationCache, translationCacheUses } from './tables.js';
export { translationRoutes, type TranslationRouteOptions } from './routes.js';
export { machineTranslationHandlers, type MachineJobDeps } from './jobs.js';
export { forgetFieldTranslations, forgetTranslationsIfGone } from './forget.js';
export { TRANSLATORS, type PersonName, type TextSource, type TextSources, type TranslationDeps } from './sources.js';
export { detectLang, isStale, textHash, TEXT_LANGS, type OriginalText, type TextLang } from './texts.js';
