// Factories for notification tests: a draft input a US exporting officer would file, with lines of known verdicts.
import type { DraftInput } from '../src/modules/notifications/index.js';

export const LINES = {
  /** 4-ANPP: controlled (UN Table I, US List I, PRC). */
  anpp: { declaredName: '4-Anilino-N-phenethylpiperidine', cas: '21409-26-7', hsCode: null, smiles: null, quantity: '25', unit: 'kg', concentration: 99.5, packaging: 'HDPE drum', packages: 1 },
  /** Ethanol: clear everywhere in scope. */
  ethanol: { declaredName: 'Ethanol', cas: '64-17-5', hsCode: '2207.10', smiles: 'CCO', quantity: '1200', unit: 'L', concentration: null, packaging: null, packages: null },
  /** Acetyl norfentanyl: controlled by the 4-AP derivative rule, so a supervisor must review it. */
  byRule: { declaredName: '1-acetyl-N-phenylpiperidin-4-amine', cas: null, hsCode: null, smiles: 'CC(=O)N1CCC(Nc2ccccc2)CC1', quantity: '2.5', unit: 'kg', concentration: null, packaging: null, packages: null },
  /** A trade name alone: insufficient identity. */
  unknown: { declaredName: 'Product XJ-400', cas: null, hsCode: null, smiles: null, quantity: '10', unit: 'kg', concentration: null, packaging: null, packages: null },
} satisfies Record<string, DraftInput['lines'][number]>;

export function draftInput(agencyId: string, over: Partial<DraftInput> = {}): DraftInput {
  return {
    importingParty: 'CN',
    transitParties: [],
    agencyId,
    exporter: { name: 'Midwest Fine Chemicals LLC', address: '100 Example Road, Springfield, IL 62701', licence: 'DEA-RX0000001' },
    importer: { name: '华东精细化工有限公司', address: '上海市浦东新区示例路 1 号', licence: '沪易制毒 (2026) 001' },
    consignee: null,
    lines: [LINES.anpp],
    intendedUse: 'Reference standards for a licensed forensic laboratory',
    shipmentDate: '2026-04-15',
    route: { portOfExit: 'Chicago O’Hare (ORD)', portOfEntry: 'Shanghai Pudong (PVG)', mode: 'air', carrier: 'Example Air Cargo' },
    invoiceNumber: 'INV-2026-0042',
    permitNumber: 'EXP-2026-0007',
    importPermitNumber: null,
    language: 'en',
    handling: 'TLP:AMBER',
    ...over,
  };
}
