// Route tests for what a regulator files beyond the chemical itself: US customary units kept converted beside what
// was declared, the net mass of the pure substance, each line's lists, and separate export and import permits.
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftInput, LINES } from '../../../test/notifications.js';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { notificationLines } from './tables.js';

type Headers = Record<string, string>;
type Line = { quantity: string; unit: string; original: { quantity: string; unit: string } | null; concentration: number | null; netMass: string | null; listings: { jurisdiction: string; list: string; label: { en: string; zh: string } }[] };
type Detail = { id: string; permitNumber: string | null; importPermitNumber: string | null; lines: Line[] };

let node: TestNode;
let agencyId: string;
let officer: { headers: Headers };

beforeAll(async () => {
  node = await makeTestNode();
  agencyId = (await node.makeAgency({ kind: 'regulator' })).id;
  officer = await node.signedIn(['officer'], { agencyId });
});

const post = (over: Parameters<typeof draftInput>[1]) => node.app.inject({ method: 'POST', url: '/api/v1/notifications', headers: officer.headers, payload: draftInput(agencyId, over) });
const lineCount = async () => (await node.database.db.select({ n: count() }).from(notificationLines))[0]?.n ?? -1;

describe('quantities as declared', () => {
  it('keeps 50 lb as 22.679619 kg with the pound figure beside it, and the net mass of the pure substance', async () => {
    const res = await post({ lines: [{ ...LINES.anpp, quantity: '50', unit: 'lb', concentration: 99.5 }, { ...LINES.ethanol, quantity: '55', unit: 'gal' }] });
    expect(res.statusCode, res.body).toBe(201);
    const [anpp, ethanol] = res.json<Detail>().lines;
    expect(anpp).toMatchObject({ quantity: '22.679619', unit: 'kg', original: { quantity: '50', unit: 'lb' }, concentration: 99.5, netMass: '22.566221' });
    expect(ethanol).toMatchObject({ quantity: '208.197648', unit: 'L', original: { quantity: '55', unit: 'gal' }, netMass: null });
  });

  it('names the lists a controlled line is on, the UN table first, and none for a clear one', async () => {
    const res = await post({ lines: [LINES.anpp, LINES.ethanol] });
    const [anpp, ethanol] = res.json<Detail>().lines;
    expect(anpp?.listings[0]).toMatchObject({ jurisdiction: 'UN', list: 'un-table-1', label: { en: '1988 Convention, Table I', zh: '1988年公约表一' } });
    expect(anpp?.listings.map((l) => l.jurisdiction)).toEqual(expect.arrayContaining(['UN', 'US', 'CN']));
    expect(anpp?.netMass).toBe('24.875');
    expect(ethanol?.listings).toEqual([]);
  });

  it('refuses a quantity too large once converted, and an unknown unit, writing nothing', async () => {
    const before = await lineCount();
    const tooLarge = await post({ lines: [{ ...LINES.anpp, quantity: '999999999999999999', unit: 'gal' }] });
    expect(tooLarge.statusCode).toBe(422);
    expect(tooLarge.json<{ errors: { path: string; code: string }[] }>().errors).toEqual([expect.objectContaining({ path: 'body/lines/0/quantity', code: 'quantity-too-large' })]);
    const tooSmall = await post({ lines: [{ ...LINES.anpp, quantity: '0.000001', unit: 'lb' }] });
    expect(tooSmall.statusCode).toBe(422);
    expect(tooSmall.json<{ errors: { path: string; code: string }[] }>().errors).toEqual([expect.objectContaining({ path: 'body/lines/0/quantity', code: 'quantity-too-small' })]);
    const unknown = await post({ lines: [{ ...LINES.anpp, unit: 'bbl' as 'kg' }] });
    expect(unknown.statusCode).toBe(400);
    expect(problemType(unknown)).toBe('validation');
    expect(await lineCount()).toBe(before);
  });
});

describe('permits', () => {
  it('keeps the export authorisation and the import permit apart', async () => {
    const res = await post({ permitNumber: 'DEA-EXP-2026-0451', importPermitNumber: '沪易制毒进口 (2026) 0188' });
    expect(res.json<Detail>()).toMatchObject({ permitNumber: 'DEA-EXP-2026-0451', importPermitNumber: '沪易制毒进口 (2026) 0188' });
    const none = await post({ permitNumber: null });
    expect(none.json<Detail>()).toMatchObject({ permitNumber: null, importPermitNumber: null });
  });
});
