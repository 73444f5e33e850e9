// `counterpart serve`: the node process. Prints where it listens and, on a fresh demo database, the logins.
import { loadConfig } from './config.js';
import { openNode, seedIfEmpty, serveNode } from './node.js';
import { installProcessNet } from './platform/process-net.js';
import { DEMO_PASSWORD, USERS } from './seed/demo-data.js';

export async function main(): Promise<void> {
  const config = loadConfig();
  const node = await openNode(config);
  const firstRun = await seedIfEmpty(node);
  const running = await serveNode(node);
  // From here an error that escapes a request is logged and the node keeps serving (see process-net.ts for when
  // it exits instead). Before here a failure is a start-up failure: it ends the process, said in one line.
  const removeNet = installProcessNet({ log: running.app.log, database: node.database, exit: (code) => process.exit(code) });
  const where = node.database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  const lines = [``, `Counterpart node for party ${config.party} is running at ${running.url}`, `  database: ${where}`, `  API docs: ${running.url}/api/docs`];
  const demoUsers = firstRun.logins.length ? firstRun.logins : (USERS[config.party] ?? []);
  if (config.seedDemo && demoUsers.length) {
    lines.push(`  demo logins (password "${DEMO_PASSWORD}"):`);
    for (const u of demoUsers) lines.push(`    ${u.username.padEnd(16)} ${u.roles.join(', ')}`);
  } else if (firstRun.seeded !== 'none') {
    lines.push('  no users yet: create an administrator with `npm run cli -- user create --admin`');
  }
  console.log(lines.join('\n'));

  const shutdown = (signal: string) => {
    running.app.log.info({ signal }, 'shutting down');
    removeNet();
    running.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
