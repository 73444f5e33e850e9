// Exchange: signed, verifiable exchange of records between the nodes of different parties (DESIGN §5).
// Invariants: a record change and its envelopes commit together (`publish`/`share` inside the caller's transaction);
// each (from, to) pair's envelopes form a hash chain, delivered in order and applied exactly once; only this party's
// own records leave the node (third-party rule); a withdrawal purges the content on the receiver and leaves a
// tombstone; every envelope and receipt is signed (Ed25519 JWS) and kept as evidence. A node restored from an older
// backup takes back from each peer the envelopes it sent after that backup (recovery.ts), adopting only what carries
// its own signature in chain order, and restores its records from them through each kind's `restore`.
// Throughput (README, Benchmarks): a committed share wakes the delivery worker (NOTIFY); delivery pipelines batches
// (the next goes out while the last one's receipts are checked) but the receiver sees one batch at a time; the
// inbox verifies, applies and stores a batch in one transaction with one insert per table; Ed25519 is libsodium's.
export * from './tables.js';
export { share, shareMany, publish, type Publication, type SharedRecord } from './share.js';
export type { Handlers, KindHandler, ApplyOutcome, UpsertEnvelope, RestoreOutcome } from './handlers.js';
export { kept, readWire, skipped, withDefaults } from './restore-kit.js';
export type { Envelope } from './envelope.js';
export { exchangeRoutes } from './routes.js';
export { createExchangeRuntime, type ExchangeRuntime } from './runtime.js';
export { currentSigner, ensureNodeKey, listNodeKeys, type NodeKey } from './keys.js';
export { rotateNodeKey, addPeer, listPeers, updatePeer } from './peers-service.js';
export { exchangeStateOf, evidenceFor, verifyEvidence, EvidenceBundle } from './evidence.js';
export { ExchangeState } from './schemas.js';
export { verifyPeer } from './verify-peer.js';
export { pullFrom, syncWith } from './catch-up.js';
export { checkPeerHeads, recoverySummary } from './recovery.js';
export { closeRefusalWindows } from './refusals.js';
export { formatFingerprint, fingerprintOf } from './crypto.js';
export { getTombstone } from './repo.js';
export { peerHttp } from './peer-http.js';
export { AddPeer } from './schemas.js';
export { signDocument, verifyDocument, keysOfParty, type DocumentType } from './documents.js';
export { SignatureError } from './crypto.js';
export { exchangeAuditSubjects } from './audit-subjects.js';
