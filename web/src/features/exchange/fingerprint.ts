// Key fingerprints are read aloud over the phone when two administrators check a key out of band: hex in groups of
// four, the way the node's command-line tool prints them.

/** "ab12 cd34 …" */
export function formatFingerprint(fingerprint: string): string {
  return fingerprint.match(/.{1,4}/g)?.join(' ') ?? fingerprint;
}

/** The start of a chain hash, enough to compare two by eye; the full hash goes in a title. */
export function shortHash(hash: string): string {
  return hash.length > 12 ? `${hash.slice(0, 12)}…` : hash;
}
