// Where the checkout's files are, found from the nearest package.json, so the same code works run from source
// (tsx) and from the bundle `npm start` builds into .build/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'counterpart') return dir;
    if (dirname(dir) === dir) throw new Error(`cannot find Counterpart's package.json above ${from}`);
  }
}

export const repoRoot = findRoot(dirname(fileURLToPath(import.meta.url)));
export const fromRoot = (...parts: string[]): string => join(repoRoot, ...parts);
