// Parties and agencies, loaded once per signed-in session and shared by every page that labels or picks them.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, call } from '../../app/api/client';
import type { Agency, Locale, Party } from '../../app/api/types';
import { useUiLocale } from '../../app/locale';

type Reference = {
  parties: Party[];
  /** Whether the parties' request has answered (their zones are known, or will not be). */
  partiesLoaded: boolean;
  agencies: Agency[];
  reloadAgencies: () => void;
};

const ReferenceContext = createContext<Reference>({ parties: [], partiesLoaded: false, agencies: [], reloadAgencies: () => undefined });

export function ReferenceProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const [parties, setParties] = useState<Party[]>([]);
  const [partiesLoaded, setPartiesLoaded] = useState(false);
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    call(api.GET('/api/v1/parties'))
      .then((r) => setParties(r.items), () => setParties([]))
      .finally(() => setPartiesLoaded(true));
  }, [enabled]);

  useEffect(() => {
    if (!enabled) return;
    // Inactive agencies too: users, tokens and old contacts may still belong to one.
    call(api.GET('/api/v1/agencies', { params: { query: { includeInactive: 'true' } } })).then((r) => setAgencies(r.items), () => setAgencies([]));
  }, [enabled, tick]);

  const reloadAgencies = useCallback(() => setTick((n) => n + 1), []);
  const value = useMemo(() => ({ parties, partiesLoaded, agencies, reloadAgencies }), [parties, partiesLoaded, agencies, reloadAgencies]);
  return <ReferenceContext.Provider value={value}>{children}</ReferenceContext.Provider>;
}

export function partyName(party: Pick<Party, 'nameEn' | 'nameZh'>, locale: Locale): string {
  return locale === 'zh-CN' ? party.nameZh : party.nameEn;
}

export function agencyName(agency: Pick<Agency, 'nameEn' | 'nameZh'>, locale: Locale): string {
  return locale === 'zh-CN' ? agency.nameZh : agency.nameEn;
}

export function useReference() {
  const ref = useContext(ReferenceContext);
  const locale = useUiLocale();
  return useMemo(() => {
    const party = (code: string) => ref.parties.find((p) => p.code === code);
    return {
      ...ref,
      party,
      partyLabel: (code: string) => {
        const p = party(code);
        return p ? partyName(p, locale) : code;
      },
      /** The other parties of this node: whose local time is shown beside the viewer's. */
      counterparts: ref.parties.filter((p) => !p.isSelf),
      agency: (id: string) => ref.agencies.find((a) => a.id === id),
      partyOptions: ref.parties.map((p) => ({ value: p.code, label: partyName(p, locale) })),
      /** Agencies grouped by party, for selects. */
      agencyOptions: (opts: { activeOnly?: boolean; ownPartyOnly?: boolean } = {}) =>
        ref.parties
          .filter((p) => !opts.ownPartyOnly || p.isSelf)
          .map((p) => ({
            group: partyName(p, locale),
            items: ref.agencies
              .filter((a) => a.partyCode === p.code && (!opts.activeOnly || a.isActive))
              .map((a) => ({ value: a.id, label: `${a.acronym} — ${agencyName(a, locale)}` })),
          }))
          .filter((g) => g.items.length > 0),
    };
  }, [ref, locale]);
}
