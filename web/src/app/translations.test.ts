// What a reader sees of a field's translations: their own language first, a person's over the machine's.
import { describe, expect, it } from 'vitest';
import { hasJobsInFlight, readerView, scriptLang, writtenLang, type FieldTranslation, type TranslatableField } from './translations';

const at = '2026-03-02T09:00:00.000Z';
const person: FieldTranslation = { targetLang: 'zh', text: '参考标准品', sourceHash: 'a'.repeat(64), isStale: false, isPreferred: true, by: { kind: 'person', userId: null, name: '王警官' }, at };
const machine: FieldTranslation = { targetLang: 'zh', text: '[zh] Reference', sourceHash: 'a'.repeat(64), isStale: true, isPreferred: false, by: { kind: 'machine', service: 'LibreTranslate (http://mt)' }, at };
const field = (over: Partial<TranslatableField> = {}): TranslatableField => ({ field: 'intendedUse', original: { text: 'Reference', lang: 'en', hash: 'a'.repeat(64) }, translations: [], machine: [], ...over });

describe('readerView', () => {
  it("shows a Chinese reader the person's translation of an English text, and an English reader the original", () => {
    const f = field({ translations: [person, machine] });
    expect(readerView(f, 'en', 'zh')).toMatchObject({ isForeign: true, shown: person, person, hasCurrentMachine: false });
    expect(readerView(f, 'en', 'en')).toMatchObject({ isForeign: false, shown: null });
  });

  it("falls back to the machine's translation, and says when none exists", () => {
    expect(readerView(field({ translations: [{ ...machine, isPreferred: true, isStale: false }] }), 'en', 'zh')).toMatchObject({ shown: { by: { kind: 'machine' } }, person: null, hasCurrentMachine: true });
    expect(readerView(field(), 'en', 'zh')).toMatchObject({ isForeign: true, shown: null, job: null });
    expect(readerView(undefined, 'zh', 'en')).toMatchObject({ isForeign: true, shown: null });
  });

  it("shows a current machine translation the node preferred over a person's stale one, and offers no new one", () => {
    const stalePerson = { ...person, isStale: true, isPreferred: false };
    const current = { ...machine, isStale: false, isPreferred: true };
    expect(readerView(field({ translations: [stalePerson, current] }), 'en', 'zh')).toMatchObject({ shown: current, person: stalePerson, hasCurrentMachine: true });
  });

  it('treats every translation as stale while the page shows another text than they were loaded for', () => {
    const current = { ...machine, isStale: false, isPreferred: true };
    const view = readerView(field({ translations: [person, current] }), 'en', 'zh', 'Reference, revised');
    expect(view.shown?.isStale).toBe(true);
    expect(view.hasCurrentMachine).toBe(false);
    expect(readerView(field({ translations: [person, current] }), 'en', 'zh', 'Reference').hasCurrentMachine).toBe(true);
  });

  it('keeps asking while a machine translation is on its way, not once it failed', () => {
    const job = { targetLang: 'zh' as const, state: 'pending' as const, reasonCode: null, attempts: 0, requestedAt: at, nextAttemptAt: at };
    const data = (state: 'pending' | 'retrying' | 'failed') => ({ kind: 'notification', recordId: 'x', machineAvailable: true, canTranslate: true, fields: [field({ machine: [{ ...job, state }] })] });
    expect(hasJobsInFlight(data('pending'))).toBe(true);
    expect(hasJobsInFlight(data('retrying'))).toBe(true);
    expect(hasJobsInFlight(data('failed'))).toBe(false);
    expect(readerView(data('failed').fields[0], 'en', 'zh').job?.state).toBe('failed');
  });
});

describe('writtenLang', () => {
  it('keeps the declared language unless the value is plainly in the other script', () => {
    expect(writtenLang('上海港（洋山）', 'zh')).toBe('zh-CN');
    expect(writtenLang('Port of Houston', 'zh')).toBe('en');
    expect(writtenLang('醋酸酐', 'en')).toBe('zh-CN');
    expect(writtenLang('Potassium permanganate', 'en')).toBe('en');
    // Mixed text stays in the declared language; so do codes and numbers alone. A locant is not a word.
    expect(writtenLang('25 kg 纤维桶', 'zh')).toBe('zh-CN');
    expect(writtenLang('N-叔丁氧羰基-4-哌啶酮', 'en')).toBe('zh-CN');
    expect(writtenLang('2026-045', 'zh')).toBe('zh-CN');
  });
});

describe('scriptLang', () => {
  it('names the language of a plainly written name and leaves mixed or script-less text unnamed', () => {
    expect(scriptLang('E2E 交换 值班台 mxcq')).toBeUndefined();
    expect(scriptLang('华东法证科学研究所')).toBe('zh-CN');
    expect(scriptLang('Angel Watch Center')).toBe('en');
    expect(scriptLang('US-PEN-2026-000123')).toBe('en');
    expect(scriptLang('2026-000123')).toBeUndefined();
  });
});
