// The personal-data vault: AES-256-GCM values under data keys sealed by the node key, keyed hashes under a mac key,
// and data-key rotation without downtime. Invariants: the database holds no plaintext of a sealed value nor a usable
// key; a value opens only where it was sealed (its `aad`); a key's material is erased only once no registered
// re-sealer has a value under it. Contract for callers: the node makes its keys at start (`ensureKeys`, main handle);
// inside a transaction use `ctx.vault.within(tx)`, which never makes a key (on PGlite a lookup through the main handle
// waits for the open transaction); a re-sealer never writes back a value it did not re-seal; the rotation's grace
// window is a time bound, not a lock (rotation.ts).
export { vaultKeys } from './tables.js';
export { createVault, type RefusedValue, type ResealBatch, type ResealPage, type Resealer, type Vault, type VaultDeps } from './vault.js';
export { VaultError, type VaultErrorCode } from './errors.js';
export { columnResealer, type ColumnResealerSpec, type SealedColumn } from './column-resealer.js';
export { rotateDataKey, resealBatch, resealAndRetire, vaultJobHandlers, RESEAL_QUEUE, RESEAL_BATCH, RESEAL_GRACE_MS, type Rotation } from './rotation.js';
