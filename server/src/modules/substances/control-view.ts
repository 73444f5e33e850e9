// A control as readers see it: its list named in both languages, what kind of control the list is, and each source
// with its publisher and whether it is official. Shared by screening results and the registry's entry pages.
import { listLabel } from './explain.js';
import type { Control, ControlList, Cover, Registry } from './registry.js';
import type { ControlView } from './screening-schemas.js';
import { hasOfficialSource, publisherIndex, sourceViews, type Publishers } from './sources.js';

export type Viewable = Pick<Control, 'jurisdiction' | 'list' | 'since' | 'until' | 'basis' | 'sources' | 'unconfirmed'> & { covers?: Cover[]; destinations?: string[] };
export type ControlViewer = (c: Viewable) => ControlView;

export function controlViewer(registry: Pick<Registry, 'lists' | 'publishers'>): ControlViewer {
  const lists: ReadonlyMap<string, ControlList> = new Map(registry.lists.map((l) => [l.code, l]));
  const publishers: Publishers = publisherIndex(registry.publishers);
  return (c) => ({
    jurisdiction: c.jurisdiction,
    list: c.list,
    listLabel: listLabel(lists, c.list),
    kind: lists.get(c.list)?.kind ?? 'schedule',
    destinations: c.destinations ?? [],
    since: c.since,
    until: c.until,
    covers: c.covers ?? [],
    basis: c.basis,
    sources: sourceViews(publishers, c.sources),
    hasOfficialSource: hasOfficialSource(publishers, c.sources),
    unconfirmed: c.unconfirmed,
  });
}
