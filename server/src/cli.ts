// `counterpart <command>`: serve, migrate, seed, user create, token create, audit verify.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.js';
import { DirLockedError } from './platform/dir-lock.js';
import { main as serve } from './main.js';
import { auditVerify, createTokenCmd, createUserCmd, migrateCmd, seedCmd } from './cli-commands.js';

const USAGE = `usage: counterpart <command> [options]

  serve                         start the node (what npm start runs)
  migrate                       apply pending database migrations and exit
  seed [--demo]                 on an empty database: record the parties (and with --demo, demo data)
  user create --username U --name "Full Name" --agency ACRONYM --role R [--role R2] [--password P] [--locale en|zh-CN] [--time-zone Z]
                                create a user; without --password one is generated and printed once
  token create --as ADMIN_USERNAME --name NAME --role R [--agency ACRONYM] [--expires ISO-DATE]
                                create an API token; the secret is printed once
  audit verify                  walk the audit hash chain; exit 1 naming the first broken row

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
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals.join(' ');
  if (values.help || command === '' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command === 'serve') {
    await serve();
    return -1; // keeps running
  }
  const config = loadConfig();
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
    if (err instanceof ConfigError || err instanceof DirLockedError) console.error(`counterpart: ${err.message}`);
    else console.error(err);
    process.exit(1);
  },
);
