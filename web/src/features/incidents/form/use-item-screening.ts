// Live screening of the incident's chemical lines, as the notification wizard does it (use-live-screening): the
// same engine, the same delay and the same answers kept by identity. Other items are not screened.
import { useMemo } from 'react';
import type { ApiProblem } from '../../../app/api/problem';
import type { LineDraft } from '../../notifications/draft';
import { useLiveScreening, type LineScreening } from '../../notifications/use-live-screening';
import type { ItemDraft } from './item-draft';

/** The screening of each item by position; `empty` for items that are not chemical lines. */
export function useItemScreening(items: readonly ItemDraft[]): { screenings: LineScreening[]; problem: ApiProblem | null } {
  const chemical = useMemo(() => items.flatMap((item, i) => (item.type === 'chemical' ? [{ item, i }] : [])), [items]);
  // Screening reads a line's identity only (name, CAS, structure); the other fields of LineDraft are left blank.
  const lines = useMemo(
    (): LineDraft[] => chemical.map(({ item }) => ({ key: item.key, declaredName: item.declaredName, cas: item.cas, hsCode: '', smiles: item.smiles, quantity: '', unit: 'kg', concentration: '', packaging: '', packages: '' })),
    [chemical],
  );
  const { screenings, problem } = useLiveScreening(lines);
  const byPosition = items.map((): LineScreening => ({ state: 'empty' }));
  chemical.forEach(({ i }, k) => {
    byPosition[i] = screenings[k] ?? { state: 'empty' };
  });
  return { screenings: byPosition, problem };
}
