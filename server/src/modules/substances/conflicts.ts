// When the declared name, CAS number and structure name different substances, the screening says so: a mismatch
// is how a relabelled precursor looks on paper. A name matched only fuzzily is too weak to accuse anything.
import { conflicts as words } from './explain.js';
import type { NameMatch } from './name-index.js';
import type { Entry } from './registry.js';
import type { Conflict } from './screening-schemas.js';

type Input = {
  entries: Map<string, Entry>;
  /** undefined: no valid CAS declared; null: a valid CAS that is not in the registry. */
  casEntry: Entry | null | undefined;
  cas: string | undefined;
  declaredName: string | undefined;
  nameMatches: NameMatch[];
  /** Entries the structure is (exactly or as a stereoisomer); undefined when no structure was read. */
  structureIds: Set<string> | undefined;
  /** The entry a single-substance HS subheading names, and the code. */
  hs?: { entry: Entry; code: string } | undefined;
};

const FIELD = { name: { en: 'name', zh: '名称' }, cas: { en: 'CAS number', zh: 'CAS号' }, structure: { en: 'structure', zh: '结构' } };

export function conflictsOf({ entries, casEntry, cas, declaredName, nameMatches, structureIds, hs }: Input): Conflict[] {
  const out: Conflict[] = [];
  const [firstId] = structureIds ?? [];
  const structureEntry = firstId ? entries.get(firstId) : undefined;
  const named = nameMatches.filter((m) => m.basis !== 'name-fuzzy').map((m) => entries.get(m.entryId)).filter((e): e is Entry => !!e);
  const first = named[0];
  if (casEntry && cas && structureIds && !structureIds.has(casEntry.id) && casEntry.inchiKey) {
    out.push({ fields: ['cas', 'structure'], explanation: words.casStructure(cas, casEntry.names, structureEntry?.names ?? null) });
  }
  if (casEntry === null && structureEntry?.cas && cas) {
    out.push({ fields: ['cas', 'structure'], explanation: words.nameCas(structureEntry.names, cas, null) });
  }
  if (first?.cas && cas && casEntry !== undefined && !named.some((n) => n.id === casEntry?.id)) {
    out.push({ fields: ['name', 'cas'], explanation: words.nameCas(first.names, cas, casEntry?.names ?? null) });
  }
  if (first?.inchiKey && structureIds && !named.some((n) => structureIds.has(n.id))) {
    out.push({ fields: ['name', 'structure'], explanation: words.nameStructure(first.names, structureEntry?.names ?? null) });
  }
  // A name that is none of the identified substance's names ("Vanillin" with the CAS number of PMK) is how a
  // relabelled precursor looks on paper; a fuzzy match to that same substance is only a misspelling.
  const identifiedAs = casEntry ?? structureEntry ?? hs?.entry;
  const nameFits = nameMatches.some((m) => m.entryId === identifiedAs?.id);
  if (declaredName && identifiedAs && !named.length && !nameFits) {
    out.push({ fields: ['name', casEntry ? 'cas' : structureEntry ? 'structure' : 'hs'], explanation: words.unknownName(declaredName, identifiedAs.names) });
  }
  if (hs) {
    const others: [keyof typeof FIELD, Entry | undefined][] = [['name', first], ['cas', casEntry ?? undefined], ['structure', structureEntry]];
    for (const [field, entry] of others) {
      if (entry && entry.id !== hs.entry.id) out.push({ fields: [field, 'hs'], explanation: words.hs(FIELD[field], entry.names, hs.code, hs.entry.names) });
    }
  }
  return out;
}
