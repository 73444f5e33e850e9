// What RFC 4287 (the Atom Syndication Format) requires of a feed document, checked element by element on the XML
// as a strict parser reads it (fast-xml-parser): well-formed; the root `feed` in the Atom namespace; the feed with
// exactly one id, title and updated, an author (or every entry one), and a self link; each entry with exactly one id,
// title and updated, a content or an alternate link, and a published no more than once; ids absolute IRIs, dates
// RFC 3339, text constructs typed text, html or xhtml, every link with an href. Returns every breach found, in
// document order; an empty list is a valid feed.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

type Node = Record<string, unknown>;
const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const TEXT_TYPES = ['text', 'html', 'xhtml'];

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => !name.startsWith('@'), parseTagValue: false, trimValues: false });

const all = (node: Node, name: string): Node[] => (node[name] as Node[] | undefined) ?? [];
const textOf = (n: Node | undefined): string => (n === undefined ? '' : typeof n === 'string' ? n : String(n['#text'] ?? ''));

/** The breaches of the elements every feed and entry share (id, title, updated, links, text constructs). */
function commonIssues(node: Node, at: string): string[] {
  const out: string[] = [];
  for (const name of ['id', 'title', 'updated']) if (all(node, name).length !== 1) out.push(`${at}: exactly one atom:${name}, found ${all(node, name).length}`);
  const [id] = all(node, 'id');
  if (id !== undefined && !IRI.test(textOf(id).trim())) out.push(`${at}: atom:id is not an absolute IRI: ${textOf(id)}`);
  for (const name of ['updated', 'published']) for (const d of all(node, name)) if (!RFC3339.test(textOf(d).trim())) out.push(`${at}: atom:${name} is not an RFC 3339 date: ${textOf(d)}`);
  for (const name of ['title', 'subtitle', 'summary', 'rights']) {
    for (const t of all(node, name)) {
      const type = typeof t === 'object' ? (t['@type'] as string | undefined) : undefined;
      if (type !== undefined && !TEXT_TYPES.includes(type)) out.push(`${at}: atom:${name} has type ${type}`);
    }
  }
  for (const l of all(node, 'link')) if (typeof l !== 'object' || typeof l['@href'] !== 'string' || l['@href'] === '') out.push(`${at}: an atom:link without href`);
  return out;
}

const linksRel = (node: Node, rel: string): Node[] => all(node, 'link').filter((l) => ((l['@rel'] as string | undefined) ?? 'alternate') === rel);

function entryIssues(entry: Node, at: string, feedHasAuthor: boolean): string[] {
  const out = commonIssues(entry, at);
  if (all(entry, 'content').length === 0 && linksRel(entry, 'alternate').length === 0) out.push(`${at}: neither atom:content nor an alternate link`);
  if (all(entry, 'content').length > 1) out.push(`${at}: more than one atom:content`);
  if (all(entry, 'published').length > 1) out.push(`${at}: more than one atom:published`);
  if (!feedHasAuthor && all(entry, 'author').length === 0) out.push(`${at}: no atom:author, and the feed has none`);
  for (const a of all(entry, 'author')) if (all(a, 'name').length !== 1) out.push(`${at}: an atom:author needs exactly one name`);
  return out;
}

/** Every breach of RFC 4287 found in `xml`; empty when the document is a valid Atom feed. */
export function atomIssues(xml: string): string[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];
  const doc = parser.parse(xml) as Node;
  const feeds = all(doc, 'feed');
  const [feed] = feeds;
  if (feeds.length !== 1 || feed === undefined) return ['the root element is not one atom:feed'];
  const out: string[] = [];
  if (feed['@xmlns'] !== ATOM) out.push(`feed: the namespace is ${String(feed['@xmlns'])}, not ${ATOM}`);
  out.push(...commonIssues(feed, 'feed'));
  if (linksRel(feed, 'self').length !== 1) out.push('feed: exactly one self link is expected');
  const hasAuthor = all(feed, 'author').length > 0;
  all(feed, 'entry').forEach((e, i) => out.push(...entryIssues(e, `entry ${i + 1}`, hasAuthor)));
  return out;
}
