// The pure rules of translations: the hash that names a version of the original, staleness, which translation a
// reader sees first, how the service is named, and how a LibreTranslate answer is judged.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { machineService, MachineError, parseMachineError, translatedTextOf } from './machine.js';
import { detectLang, FIELD_PATTERN, isStale, preferred, textHash } from './texts.js';

describe('the version of an original', () => {
  it('is the sha256 of its UTF-8 text: the same text the same hash, any change another', () => {
    expect(textHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(textHash('用于法医实验室')).toBe(textHash('用于法医实验室'));
    expect(textHash('用于法医实验室')).not.toBe(textHash('用于法医实验室。'));
    expect(textHash('Reference standards')).not.toBe(textHash('Reference standards '));
  });

  it('makes a translation stale when the original text or its language changed, and only then', () => {
    const original = { text: 'Reference standards', lang: 'en' as const };
    const translation = { sourceHash: textHash('Reference standards'), sourceLang: 'en' };
    expect(isStale(translation, original)).toBe(false);
    expect(isStale(translation, { ...original, text: 'Reference standards for a laboratory' })).toBe(true);
    expect(isStale(translation, { ...original, lang: 'zh' })).toBe(true);
  });
});

describe('which translation a reader sees first', () => {
  const original = { text: 'Reference standards', lang: 'en' as const };
  const of = (byKind: string, text: string) => ({ byKind, sourceHash: textHash(text), sourceLang: 'en' });

  it("is a person's over the machine's, the machine's when no person translated, none when nobody did", () => {
    const person = of('person', original.text);
    const machine = of('machine', original.text);
    expect(preferred([machine, person], original)).toBe(person);
    expect(preferred([machine], original)).toBe(machine);
    expect(preferred([], original)).toBeUndefined();
  });

  it('is a current one before a stale one: current person, current machine, stale person, stale machine', () => {
    const person = of('person', original.text);
    const machine = of('machine', original.text);
    const stalePerson = of('person', 'Reference standard');
    const staleMachine = of('machine', 'Reference standard');
    expect(preferred([staleMachine, stalePerson, machine, person], original)).toBe(person);
    expect(preferred([staleMachine, stalePerson, machine], original)).toBe(machine);
    expect(preferred([staleMachine, stalePerson], original)).toBe(stalePerson);
    expect(preferred([staleMachine], original)).toBe(staleMachine);
  });
});

describe('the language of a text nobody declared', () => {
  it('is Chinese when it has Han characters, else English', () => {
    expect(detectLang('请先致电')).toBe('zh');
    expect(detectLang('Case 2024-17: 样品 sent')).toBe('zh');
    expect(detectLang('Call first, then email.')).toBe('en');
    expect(detectLang('Merci beaucoup')).toBe('en');
  });
});

describe('field paths', () => {
  it('accept names and dotted paths with ids, and nothing else', () => {
    for (const ok of ['intendedUse', 'notes', 'events.0190a3b2-7c1d-7e2f-8a9b-0c1d2e3f4a5b.note']) expect(FIELD_PATTERN.test(ok)).toBe(true);
    for (const bad of ['', '1abc', 'events..note', 'a.b.c.d.e.f', 'intended use', '__proto__']) expect(FIELD_PATTERN.test(bad)).toBe(false);
  });
});

describe('the machine translation service', () => {
  it('is none unless a URL is configured', () => {
    expect(machineService(loadConfig({}))).toBeNull();
  });

  it('is named to readers without its address (which keys the cache), and called at /translate under it', () => {
    const svc = machineService(loadConfig({ COUNTERPART_TRANSLATE_URL: 'http://mt.internal:5000/lt/', COUNTERPART_TRANSLATE_TIMEOUT_MS: '2500' }));
    expect(svc?.name).toBe('LibreTranslate');
    expect(svc?.key).toBe('LibreTranslate (http://mt.internal:5000/lt)');
    expect(machineService(loadConfig({ COUNTERPART_TRANSLATE_URL: 'http://mt.internal', COUNTERPART_TRANSLATE_NAME: 'Ministry MT' }))?.name).toBe('Ministry MT');
    expect(svc?.endpoint.href).toBe('http://mt.internal:5000/lt/translate');
    expect(svc?.timeoutMs).toBe(2500);
  });

  it('refuses at start a URL that is not http(s) or carries a password', () => {
    expect(() => loadConfig({ COUNTERPART_TRANSLATE_URL: 'ftp://mt.internal' })).toThrow(/COUNTERPART_TRANSLATE_URL/);
    expect(() => loadConfig({ COUNTERPART_TRANSLATE_URL: 'http://user:secret@mt.internal' })).toThrow(/COUNTERPART_TRANSLATE_URL/);
  });
});

describe("a LibreTranslate answer", () => {
  const json = 'application/json';
  const codeOf = (f: () => unknown): string | null => {
    try {
      f();
      return null;
    } catch (err) {
      return err instanceof MachineError ? err.code : 'other';
    }
  };

  it('gives its translatedText, trimmed', () => {
    expect(translatedTextOf(200, json, JSON.stringify({ translatedText: ' 参考标准 ' }))).toBe('参考标准');
  });

  it('is refused when it is an error status, not JSON, HTML, without translatedText, empty or oversize', () => {
    expect(codeOf(() => translatedTextOf(500, json, '{}'))).toBe('refused');
    expect(codeOf(() => translatedTextOf(200, 'text/html', '<html></html>'))).toBe('bad-answer');
    expect(codeOf(() => translatedTextOf(200, json, 'not json'))).toBe('bad-answer');
    expect(codeOf(() => translatedTextOf(200, json, JSON.stringify({ translated: 'x' })))).toBe('bad-answer');
    expect(codeOf(() => translatedTextOf(200, json, JSON.stringify({ translatedText: 42 })))).toBe('bad-answer');
    expect(codeOf(() => translatedTextOf(200, json, JSON.stringify({ translatedText: '  ' })))).toBe('bad-answer');
    expect(codeOf(() => translatedTextOf(200, json, JSON.stringify({ translatedText: '<!DOCTYPE html><body>502</body>' })))).toBe('bad-answer');
    expect(codeOf(() => translatedTextOf(200, json, JSON.stringify({ translatedText: 'x'.repeat(20_001) })))).toBe('bad-answer');
  });

  it('failures keep their code in the message the job stores, and read back from it', () => {
    const err = new MachineError('timeout', 'no answer within 1000 ms');
    expect(err.transient).toBe(true);
    expect(parseMachineError(err.message)).toEqual({ code: 'timeout', detail: 'no answer within 1000 ms' });
    expect(parseMachineError('something else')).toEqual({ code: null, detail: 'something else' });
    expect(new MachineError('record-gone', 'x').transient).toBe(false);
  });
});
