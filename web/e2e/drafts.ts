// Notifications of regulator.us to CN made through the API, for the tests that start from a draft or a sent one.
import { Api, expect, uniqueName } from './fixtures';
import type { PeeredNodes } from './peering';
import { US_URL } from './nodes';

export type Draft = { id: string; reference: string; createdByName: string; dueAt: string | null; dueDate: string | null };
type Line = { declaredName: string; cas?: string; quantity: string; unit: string; concentration?: number; packaging?: string; packages?: number };
type DraftInput = { exporter: string; lines: Line[]; intendedUse: string; importer?: { name: string; address: string } };

/** A shipment date a month ahead: never in the past on either party's calendar. */
export const shipmentDate = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

/** A draft to CN of DEA, filed by `officer`, exported by a company named after `exporter` (made unique). */
export async function draftToCn(officer: Api, o: DraftInput): Promise<Draft> {
  const dea = await officer.agency('DEA');
  return officer.post<Draft>('/api/v1/notifications', {
    importingParty: 'CN',
    agencyId: dea.id,
    exporter: { name: uniqueName(o.exporter), address: '1 Main Street, Newark' },
    importer: o.importer ?? { name: 'Shanghai Huaxin Fine Chemicals Co.', address: '88 Zhangjiang Road, Shanghai' },
    lines: o.lines,
    intendedUse: o.intendedUse,
    shipmentDate: shipmentDate(),
    route: { portOfExit: 'Newark', portOfEntry: 'Shanghai', mode: 'air', carrier: 'E2E Air Cargo' },
    language: 'en',
  });
}

/** A notification of regulator.us, sent to CN, received there and its clock running. */
export async function sentToCn(nodes: PeeredNodes, o: DraftInput): Promise<Draft> {
  const officer = await nodes.signIn(US_URL, 'regulator.us');
  const draft = await draftToCn(officer, o);
  await officer.post(`/api/v1/notifications/${draft.id}/send`, {});
  let received = draft;
  await expect(async () => {
    await nodes.sync();
    received = await officer.get<Draft>(`/api/v1/notifications/${draft.id}`);
    expect(received.dueAt).not.toBeNull();
  }).toPass({ timeout: 30_000 });
  return received;
}
