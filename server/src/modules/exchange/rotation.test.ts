// Key rotation on a node that has envelopes queued for a party it has no peer for yet.
import { describe, expect, it } from 'vitest';
import { makeTestNode } from '../../../test/node.js';
import { createContact } from '../directory/index.js';
import { hashOf, verifyJson } from './crypto.js';
import { listNodeKeys, rotateNodeKey } from './index.js';
import { outbox } from './tables.js';

const node = await makeTestNode();

describe('key rotation', () => {
  it('re-signs envelopes queued for a party without a peer, so its administrator needs only the current key', async () => {
    const agency = await node.makeAgency();
    await createContact(node.ctxFor(), { agencyId: agency.id, kind: 'desk', name: 'Queued desk', topics: ['synthetic-drugs'], coverage: '24x7', channels: [{ kind: 'phone', value: '+1 202 555 0100' }], languages: ['en'], language: 'en', releasableTo: ['CN'] });
    const [before] = await node.database.db.select().from(outbox);
    const [oldKey] = await listNodeKeys(node.database.db);
    if (!before || !oldKey) throw new Error('nothing queued');

    const newKey = await rotateNodeKey(node.ctxFor());
    const [after] = await node.database.db.select().from(outbox);
    if (!after) throw new Error('the envelope vanished');
    const { payload } = await verifyJson(after.jws ?? '', 'cp-envelope+jws', [{ kid: newKey.kid, publicKey: newKey.publicKey }]);
    expect(hashOf(payload)).toBe(before.hash); // same content, same place in the chain
    await expect(verifyJson(after.jws ?? '', 'cp-envelope+jws', [{ kid: oldKey.kid, publicKey: oldKey.publicKey }])).rejects.toThrow(/not among/);
    expect(after.seq).toBe(before.seq);
  });
});
