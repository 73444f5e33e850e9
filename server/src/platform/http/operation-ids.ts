// Stable operationIds for the OpenAPI document, derived from method and path so that no route has to name one and a
// client generated from the document keeps its method names while summaries and schemas change. A route may still
// set `schema.operationId` where the derived name reads badly; the document test checks every id is unique.

/** Last segments that name an action on the record before them: POST /notifications/{id}/send is `sendNotification`. */
const ACTIONS = new Set(['send', 'withdraw', 'review', 'sign', 'return', 'sync', 'verify', 'import']);

const VERB: Record<string, string> = { GET: 'get', POST: 'create', PUT: 'replace', PATCH: 'update', DELETE: 'delete' };

const pascal = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** `export-licences` → `ExportLicences`; `clearance.pdf` → `ClearancePdf`. */
const words = (segment: string): string[] => segment.split(/[-.]/).filter(Boolean);

/** The singular of an English plural noun, as this API's paths spell them (agencies, replies, licences, keys). */
export function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

const isPlural = (segment: string): boolean => singular(segment) !== segment;

/** A path segment as a name: every segment but the last speaks of one record (`/notifications/{id}/…`). */
function nameOf(segment: string, asSingular: boolean): string {
  const parts = words(segment);
  const last = parts.length - 1;
  return parts.map((w, i) => pascal(asSingular && i === last ? singular(w) : w)).join('');
}

/**
 * `GET /api/v1/notifications` → `listNotifications`, `GET /api/v1/notifications/:id` → `getNotification`,
 * `POST /api/v1/notifications` → `createNotification`, `POST /api/v1/notifications/:id/send` → `sendNotification`,
 * `DELETE /api/v1/notifications/:id/attachments/:attachmentId` → `deleteNotificationAttachment`.
 */
export function operationIdOf(method: string, url: string): string {
  const segments = url.replace(/^\/api\/v\d+\//, '').split('/').filter(Boolean);
  const fixed = segments.filter((s) => !s.startsWith(':') && !s.startsWith('{'));
  const last = segments[segments.length - 1] ?? '';
  const endsOnRecord = last.startsWith(':') || last.startsWith('{');
  const final = fixed[fixed.length - 1] ?? '';
  const before = fixed.slice(0, -1).map((s) => nameOf(s, true)).join('');
  const upper = method.toUpperCase();
  const verb = VERB[upper] ?? method.toLowerCase();
  if (endsOnRecord) return `${verb}${before}${nameOf(final, true)}`;
  if (ACTIONS.has(final)) return `${final}${before}`;
  if (upper === 'GET') return `${isPlural(words(final).at(-1) ?? '') ? 'list' : 'get'}${before}${nameOf(final, false)}`;
  return `${verb}${before}${nameOf(final, true)}`;
}
