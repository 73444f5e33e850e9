import { describe, expect, it } from 'vitest';
import { draftFromNotification, draftToInput, emptyDraft, emptyLine, type DraftSource, type NotificationDraft } from './draft';
import { checkStep, stepOf } from './draft-checks';

function filled(): NotificationDraft {
  const d = emptyDraft({ agencyId: 'a1', importingParty: 'CN', language: 'en' });
  return {
    ...d,
    exporter: { name: ' Acme Chem ', address: '1 Main St', licence: '' },
    importer: { name: 'Huaxin', address: 'Shanghai', licence: 'L-9' },
    lines: [{ ...emptyLine(), declaredName: 'ANPP', cas: '21409-26-7', quantity: '12,5', concentration: '99.5', packages: '' }],
    intendedUse: 'Reference standards',
    shipmentDate: '2026-12-30',
    portOfEntry: ' Shanghai Pudong ',
  };
}

describe('the wizard draft', () => {
  it('becomes the API input: trimmed, empty optional fields as null, numbers as numbers', () => {
    const input = draftToInput(filled());
    expect(input.exporter).toEqual({ name: 'Acme Chem', address: '1 Main St', licence: null });
    expect(input.importer.licence).toBe('L-9');
    expect(input.consignee).toBeNull();
    expect(input.lines).toEqual([{ declaredName: 'ANPP', cas: '21409-26-7', hsCode: null, smiles: null, quantity: '12.5', unit: 'kg', concentration: 99.5, packaging: null, packages: null }]);
    expect(input.route).toEqual({ portOfExit: null, portOfEntry: 'Shanghai Pudong', mode: 'sea', carrier: null });
    expect(input.handling).toBe('TLP:AMBER');
  });

  it('sends the consignee only when it differs from the importer', () => {
    const d = { ...filled(), hasConsignee: true, consignee: { name: 'End user', address: 'Suzhou', licence: '' } };
    expect(draftToInput(d).consignee).toEqual({ name: 'End user', address: 'Suzhou', licence: null });
  });

  it('finds what is plainly missing or malformed, step by step', () => {
    const d = filled();
    expect(checkStep(d, 'review')).toEqual({});
    const broken = { ...d, exporter: { name: '', address: '', licence: '' }, lines: [{ ...emptyLine(), quantity: '-3', concentration: '140', packages: '2.5' }], shipmentDate: '' };
    expect(checkStep(broken, 'parties')).toEqual({ 'exporter/name': 'required', 'exporter/address': 'required' });
    expect(checkStep(broken, 'lines')).toEqual({ 'lines/0/declaredName': 'required', 'lines/0/quantity': 'quantity', 'lines/0/concentration': 'concentration', 'lines/0/packages': 'packages' });
    expect(checkStep(broken, 'shipment')).toEqual({ shipmentDate: 'required' });
  });

  it('sends both permit numbers, the export authorisation and the import permit', () => {
    const input = draftToInput({ ...filled(), permitNumber: ' EA-2026-0042 ', importPermitNumber: '' });
    expect([input.permitNumber, input.importPermitNumber]).toEqual(['EA-2026-0042', null]);
    expect(draftToInput({ ...filled(), importPermitNumber: 'IP-77' }).importPermitNumber).toBe('IP-77');
  });

  it('edits a line declared in pounds as declared, so saving it unchanged keeps the declaration', () => {
    const line = { declaredName: 'ANPP', cas: '21409-26-7', hsCode: null, smiles: null, quantity: '22.679619', unit: 'kg', original: { quantity: '50', unit: 'lb' }, concentration: 99.5, packaging: 'drums', packages: 2 } as const;
    const metric = { ...line, quantity: '12.5', original: null, packaging: null, packages: null };
    const trader = { name: 'Acme Chem', address: '1 Main St', licence: null };
    const route = { portOfExit: null, portOfEntry: 'Shanghai', mode: 'sea', carrier: null } as const;
    const saved: DraftSource = { importingParty: 'CN', transitParties: [], exporter: trader, importer: trader, consignee: null, intendedUse: 'Reference standards', shipmentDate: '2026-12-30', route, invoiceNumber: null, permitNumber: 'EA-1', importPermitNumber: 'IP-2', language: 'en', handling: 'TLP:AMBER', lines: [line, metric] };
    const draft = draftFromNotification(saved);
    expect(draft.lines.map((l) => [l.quantity, l.unit, l.concentration])).toEqual([
      ['50', 'lb', '99.5'],
      ['12.5', 'kg', '99.5'],
    ]);
    expect([draft.permitNumber, draft.importPermitNumber]).toEqual(['EA-1', 'IP-2']);
    const again = draftToInput(draft);
    expect(again.lines[0]).toEqual({ declaredName: 'ANPP', cas: '21409-26-7', hsCode: null, smiles: null, quantity: '50', unit: 'lb', concentration: 99.5, packaging: 'drums', packages: 2 });
    expect(again.lines[1]).toMatchObject({ quantity: '12.5', unit: 'kg' });
    expect([again.permitNumber, again.importPermitNumber]).toEqual(['EA-1', 'IP-2']);
  });

  it('knows which step holds a field the server complains about', () => {
    expect(stepOf('body/exporter/name')).toBe(0);
    expect(stepOf('body/lines/0/quantity')).toBe(1);
    expect(stepOf('body/route/mode')).toBe(2);
    expect(stepOf('body/importPermitNumber')).toBe(2);
    expect(stepOf('shipmentDate')).toBe(2);
    expect(stepOf('headers/idempotency-key')).toBe(3);
  });
});
