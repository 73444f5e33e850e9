// The machine translation service: a LibreTranslate server (its HTTP API: POST /translate with
// {q, source, target, format: 'text', api_key?} → {translatedText}). Only the configured URL is ever called, and
// redirects are refused, so no text reaches a server the node's operator did not name. Every way a call can go
// wrong becomes a MachineError with a code the UI names in the reader's language; the job queue retries it.
import type { Config } from '../../config.js';
import { TRANSLATION_MAX_CHARS, type TextLang } from './texts.js';

/** `name` is what readers see; `key` names the server with its address (cache, audit and log only). */
export type MachineService = { name: string; key: string; endpoint: URL; apiKey: string | undefined; timeoutMs: number };

/** The configured service, or null: then no machine translation is offered and nothing is sent. */
export function machineService(config: Pick<Config, 'translate'>): MachineService | null {
  const { url, apiKey, timeoutMs, name } = config.translate;
  if (!url) return null;
  const base = new URL(url);
  const root = `${base.origin}${base.pathname.replace(/\/+$/, '')}`;
  return { name, key: `LibreTranslate (${root})`, endpoint: new URL(`${root}/translate`), apiKey, timeoutMs };
}

export const MACHINE_ERRORS = ['unreachable', 'timeout', 'refused', 'bad-answer', 'not-configured', 'record-gone', 'restricted'] as const;
export type MachineErrorCode = (typeof MACHINE_ERRORS)[number];

export class MachineError extends Error {
  /** False when trying again cannot help (the job queue then fails the job at once). */
  readonly transient: boolean;
  constructor(
    readonly code: MachineErrorCode,
    detail: string,
  ) {
    // The code leads the message: the job keeps only the message, and the GET reads the code back from it.
    super(`${code}: ${detail}`);
    this.transient = code !== 'not-configured' && code !== 'record-gone' && code !== 'restricted';
  }
}

/** `refused: the service answered 500` → its code and text; an older or foreign message → null code. */
export function parseMachineError(message: string): { code: MachineErrorCode | null; detail: string } {
  const m = /^([a-z-]+): (.*)$/s.exec(message);
  const code = m?.[1];
  return code && (MACHINE_ERRORS as readonly string[]).includes(code) ? { code: code as MachineErrorCode, detail: m[2] ?? '' } : { code: null, detail: message };
}

const MAX_ANSWER_BYTES = 512 * 1024;

async function boundedText(res: Response): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      await reader.cancel();
      throw new MachineError('bad-answer', `the answer is larger than ${MAX_ANSWER_BYTES} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The translatedText of an answer, or a MachineError saying what was wrong with it. */
export function translatedTextOf(status: number, contentType: string, body: string): string {
  if (status < 200 || status > 299) throw new MachineError('refused', `the service answered ${status}`);
  if (!/^application\/json\b/i.test(contentType)) throw new MachineError('bad-answer', `the answer is ${contentType.split(';')[0] || 'untyped'}, not JSON`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new MachineError('bad-answer', 'the answer is not valid JSON');
  }
  const text = typeof parsed === 'object' && parsed !== null ? (parsed as { translatedText?: unknown }).translatedText : undefined;
  if (typeof text !== 'string') throw new MachineError('bad-answer', 'the answer has no translatedText string');
  const trimmed = text.trim();
  if (trimmed === '') throw new MachineError('bad-answer', 'the translation is empty');
  if (trimmed.length > TRANSLATION_MAX_CHARS) throw new MachineError('bad-answer', `the translation is longer than ${TRANSLATION_MAX_CHARS} characters`);
  if (/<\s*(!doctype|html|head|body|script)\b/i.test(trimmed)) throw new MachineError('bad-answer', 'the translation is an HTML page');
  return trimmed;
}

/** One text through the service. Network: never call it inside a transaction. */
export async function machineTranslate(svc: MachineService, input: { text: string; source: TextLang; target: TextLang }): Promise<string> {
  const payload = { q: input.text, source: input.source, target: input.target, format: 'text', ...(svc.apiKey ? { api_key: svc.apiKey } : {}) };
  let res: Response;
  let body: string;
  try {
    res = await fetch(svc.endpoint, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(payload), redirect: 'error', signal: AbortSignal.timeout(svc.timeoutMs) });
    body = await boundedText(res);
  } catch (err) {
    if (err instanceof MachineError) throw err;
    if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) throw new MachineError('timeout', `no answer within ${svc.timeoutMs} ms`);
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : err instanceof Error ? err.message : String(err);
    throw new MachineError('unreachable', `could not reach ${svc.endpoint.origin}: ${cause}`);
  }
  return translatedTextOf(res.status, res.headers.get('content-type') ?? '', body);
}
