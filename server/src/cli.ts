// `counterpart <command>`: serve, migrate, seed, users and tokens, audit verify, keys, peers, exchange proofs.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.js';
import { DirLockedError } from './platform/dir-lock.js';
import { StartupError } from './platform/startup-errors.js';
import { main as serve } from './main.js';
import { exchangeRecover, exchangeVerify, keysRotate, keysShow, peersAdd, peersList, verifyEvidenceFile } from './cli-exchange.js';
import { screenCmd } from './cli-screen.js';
import { clearanceVerifyCmd } from './cli-clearance.js';
import { auditVerify, createTokenCmd, createUserCmd, migrateCmd, seedCmd, vaultRotateCmd } from './cli-commands.js';

const USAGE = `usage: counterpart <command> [options]

  serve                         start the node (what npm start runs)
  migrate                       apply pending database migrations and exit
  seed [--demo]                 on an empty database: record the parties (and with --demo, demo data)
  user create --username U --name "Full Name" --agency ACRONYM --role R [--role R2] [--password P] [--locale en|zh-CN] [--time-zone Z]
                                create a user; without --password one is generated and printed once
  token create --as ADMIN_USERNAME --name NAME --role R [--agency ACRONYM] [--expires ISO-DATE]
                                create an API token; the secret is printed once
  audit verify                  walk the audit hash chain; exit 1 naming the first broken row
  keys show [--json]            this node's public key and fingerprint (give them to a peer's administrator)
  keys rotate                   a new signing key; peers are told, old envelopes keep verifying
  vault rotate                  a new data key for personal data; the running node re-seals every value, then drops
                                the old key's material (the keyed-hash key is never rotated: groupings must stay stable)
  peers add --party XX --url URL --public-key ed25519:…
                                trust a peer node (check its fingerprint with its administrator by phone)
  peers list                    peers with queue length, chain heads and the last delivery error
  exchange verify --peer XX     compare both hash chains and every receipt with the peer: in step, behind by N
                                envelopes, or diverged; exit 1 on divergence, 2 if the peer does not answer
  exchange recover --peer XX    after restoring an older backup: take back this node's own records the peer holds
                                (the exchange worker does this by itself at start and on a chain conflict)
  exchange verify-evidence FILE check an evidence bundle offline (signatures, hashes, receipts); exit 1 if not
  clearance verify FILE [--fingerprint HEX]
                                check a downloaded clearance offline (signatures, QR code, issuing key); exit 1 if not
  screen FILE --out RESULTS     screen a .csv, .xlsx or .jsonl manifest (columns name, cas, smiles, hs, quantity, ref)
        [--as-of DATE] [--lang en|zh] [--workers N] [--shipped]
                                into RESULTS.csv or RESULTS.json, with a progress bar; --shipped needs no database

Configuration comes from the environment (see README): DATABASE_URL, COUNTERPART_DATA_DIR, COUNTERPART_PARTY, …`;

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean' },
      username: { type: 'string' },
      name: { type: 'string' },
      agency: { type: 'string' },
      role: { type: 'string', multiple: true },
      password: { type: 'string' },
      locale: { type: 'string' },
      'time-zone': { type: 'string' },
      as: { type: 'string' },
      expires: { type: 'string' },
      json: { type: 'boolean' },
      party: { type: 'string' },
      url: { type: 'string' },
      'public-key': { type: 'string' },
      peer: { type: 'string' },
      out: { type: 'string' },
      'as-of': { type: 'string' },
      lang: { type: 'string' },
      workers: { type: 'string' },
      shipped: { type: 'boolean' },
      fingerprint: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals.join(' ');
  if (values.help || command === '' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (positionals[0] === 'exchange' && positionals[1] === 'verify-evidence') return verifyEvidenceFile(positionals[2]);
  if (positionals[0] === 'clearance' && positionals[1] === 'verify') return clearanceVerifyCmd(positionals[2], values.fingerprint);
  if (command === 'serve') {
    await serve();
    return -1; // keeps running
  }
  const config = loadConfig();
  if (positionals[0] === 'screen') return screenCmd(config, positionals[1], values);
  switch (command) {
    case 'migrate':
      return migrateCmd(config);
    case 'seed':
      return seedCmd(config, Boolean(values.demo));
    case 'user create':
      return createUserCmd(config, values);
    case 'token create':
      return createTokenCmd(config, values);
    case 'audit verify':
      return auditVerify(config);
    case 'keys show':
      return keysShow(config, values);
    case 'keys rotate':
      return keysRotate(config);
    case 'vault rotate':
      return vaultRotateCmd(config);
    case 'peers add':
      return peersAdd(config, values);
    case 'peers list':
      return peersList(config);
    case 'exchange verify':
      return exchangeVerify(config, values);
    case 'exchange recover':
      return exchangeRecover(config, values);
    default:
      console.error(`unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    if (err instanceof ConfigError || err instanceof DirLockedError || err instanceof StartupError) console.error(`counterpart: ${err.message}`);
    else console.error(err);
    process.exit(1);
  },
);
