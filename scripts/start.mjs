// `npm start`: install if needed, build the web app and the server bundle if needed, then run the node in this
// same process.
import { pathToFileURL } from 'node:url';
import { ensureDependencies, ensureServerBuild, ensureWebBuild } from './ensure.mjs';

ensureDependencies();
ensureWebBuild();
const bundle = ensureServerBuild();
const { main } = await import(pathToFileURL(bundle).href);
try {
  await main();
} catch (err) {
  // Configuration and folder-lock problems are the operator's to fix: say what, without a stack trace.
  if (err?.name === 'ConfigError' || err?.name === 'DirLockedError') console.error(`counterpart: ${err.message}`);
  else console.error(err);
  process.exit(1);
}
