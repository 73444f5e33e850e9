// `npm start`: install if needed, build the web app and the server bundle if needed, then run the node in this
// same process.
import { pathToFileURL } from 'node:url';
import { ensureDependencies, ensureServerBuild, ensureWebBuild } from './ensure.mjs';

ensureDependencies();
ensureWebBuild();
const bundle = ensureServerBuild();
const { main } = await import(pathToFileURL(bundle).href);
await main();
