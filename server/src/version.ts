import { readFileSync } from 'node:fs';
import { fromRoot } from './platform/paths.js';

export const APP_VERSION = (JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version: string }).version;
