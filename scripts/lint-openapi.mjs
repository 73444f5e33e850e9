// `npm run lint:openapi` (and a step of `npm test`): writes the node's OpenAPI document to .test-results/openapi.json
// and lints it with Redocly CLI's recommended rules (redocly.yaml). Any error fails; warnings are printed only.
// Offline: Redocly's telemetry and update check are switched off, and the document has no remote $ref.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { bin, root } from './ensure.mjs';

const out = join(root, '.test-results');
const file = join(out, 'openapi.json');
mkdirSync(out, { recursive: true });
const { buildOpenApiDocument } = await tsImport('../server/src/openapi-document.ts', import.meta.url);
writeFileSync(file, `${JSON.stringify(await buildOpenApiDocument(), null, 2)}\n`);
console.log(`wrote ${file}`);

const res = spawnSync(bin('redocly'), ['lint', '--config', join(root, 'redocly.yaml'), '--max-problems', '1000', file], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
});
process.exit(res.status ?? 1);
