// The vault's one error. Its message names what went wrong in general terms only: never the plaintext, the key, the
// sealed value or where it was stored, so it may be logged as it is.
export type VaultErrorCode = 'malformed' | 'refused' | 'unknown-key' | 'erased-key' | 'node-key' | 'no-key' | 'shape' | 'no-json';

const MESSAGES: Record<VaultErrorCode, string> = {
  malformed: 'not a value sealed by the vault',
  refused: 'the sealed value does not open here: tampered, or stored under another name',
  'unknown-key': 'the sealed value names a key this node does not have',
  'erased-key': 'the sealed value is under a retired key whose material was erased',
  'node-key': 'a vault key does not open with this node secret',
  'no-key': 'the vault has no active key here: a node makes its keys at start (vault.ensureKeys), never in a transaction',
  shape: 'the opened value is not of the expected shape',
  'no-json': 'the value to seal has no JSON form',
};

export class VaultError extends Error {
  override readonly name = 'VaultError';
  constructor(readonly code: VaultErrorCode) {
    super(MESSAGES[code]);
  }
}
