// Generates web/src/app/api/schema.d.ts from the node's OpenAPI document (openapi-typescript).
// `--check` fails when the committed file is stale, so the web client can never drift from the server.
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApiDocument } from '../server/src/openapi-document.js';

export const typesFile = new URL('../web/src/app/api/schema.d.ts', import.meta.url);

const HEADER = '// Generated from the node\'s OpenAPI document by `npm run api:generate`. Do not edit.\n';

export async function generateApiTypes(): Promise<string> {
  const doc = (await buildOpenApiDocument()) as Parameters<typeof openapiTS>[0];
  const ast = await openapiTS(doc, { alphabetize: true });
  return HEADER + astToString(ast);
}

export async function isApiTypesFresh(): Promise<boolean> {
  let current = '';
  try {
    current = readFileSync(typesFile, 'utf8');
  } catch {
    return false;
  }
  return current === (await generateApiTypes());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--check')) {
    const fresh = await isApiTypesFresh();
    console.log(fresh ? 'API types are up to date' : 'web/src/app/api/schema.d.ts is stale: run npm run api:generate');
    process.exit(fresh ? 0 : 1);
  }
  writeFileSync(typesFile, await generateApiTypes());
  console.log(`wrote ${typesFile.pathname}`);
}
