// `npm start`: install if needed, build the web app and the server bundle if needed, then run the node in this
// same process.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { ensureDependencies, ensureServerBuild, ensureWebBuild, root } from './ensure.mjs';

// demo:pair prepares once, then starts two nodes that must not both rebuild the same files at once.
const prepared = process.env.COUNTERPART_PREPARED === '1';
if (!prepared) {
  ensureDependencies();
  ensureWebBuild();
}
const bundle = prepared ? join(root, '.build/main.mjs') : ensureServerBuild();
const { main } = await import(pathToFileURL(bundle).href);
try {
  await main();
} catch (err) {
  // Configuration, folder, database and port problems are the operator's to fix: say what, without a stack trace.
  if (['ConfigError', 'DirLockedError', 'StartupError'].includes(err?.name)) console.error(`counterpart: ${err.message}`);
  else console.error(err);
  process.exit(1);
}
