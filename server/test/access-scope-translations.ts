// The scope matrix's translations fixture: the free text of a contact of the callers' own agency, of another agency
// and of the other party (received), which a person may translate on this node whichever agency or party wrote it
// (a translation is this node's own record; reading the original is the record module's rule).
import { createHash } from 'node:crypto';
import { createContact, type CreateContact } from '../src/modules/directory/index.js';
import type { Fixture, Rec } from './access-scope-fixtures.js';
import type { Scope, World } from './access-scope-world.js';

const NOTES = { en: 'Call the duty desk before 18:00 Eastern Time.', zh: '请于北京时间18时前致电值班台。' } as const;
const hashOf = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const input = (agencyId: string, lang: 'en' | 'zh', releasableTo: string[]): CreateContact => ({
  agencyId,
  kind: 'desk',
  name: `Translated desk ${Math.random().toString(16).slice(2, 8)}`,
  topics: ['precursor-chemicals'],
  coverage: '24x7',
  channels: [{ kind: 'phone', value: '+1 202 555 0100' }],
  languages: [lang],
  language: lang,
  notes: NOTES[lang],
  releasableTo,
});

export function translationFixture(w: World): Fixture {
  const put = { state: 'written', body: (r: Rec) => ({ field: 'notes', targetLang: r.target, text: r.target === 'zh' ? '请先致电值班台。' : 'Call the duty desk first.', sourceHash: r.hash }) };
  return {
    resource: 'translation',
    prefix: '/api/v1/translations/:kind/:id',
    absent: {},
    operations: {
      'GET /api/v1/translations/:kind/:id': { state: 'written' },
      'PUT /api/v1/translations/:kind/:id': put,
      'POST /api/v1/translations/:kind/:id/machine': { state: 'written', body: (r: Rec) => ({ targetLang: r.target }) },
    },
    async make(scope: Scope) {
      if (scope === 'other party') {
        const c = await createContact(w.cn.ctx(), input(w.agencies.cn.id, 'zh', ['US']));
        await w.cn.deliver();
        return { kind: 'contact', id: c.id, target: 'en', hash: hashOf(NOTES.zh) };
      }
      const c = await createContact(w.us.ctx(), input(scope === 'own agency' ? w.agencies.a.id : w.agencies.b.id, 'en', ['CN']));
      return { kind: 'contact', id: c.id, target: 'zh', hash: hashOf(NOTES.en) };
    },
  };
}
