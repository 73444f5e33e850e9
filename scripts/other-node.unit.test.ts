import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureNode, isMajor, nodeBinIn, nodeCacheDir, OTHER_NODE_SCOPE, otherNodeFilters, parseAlsoNode, probeNode, withNodeOnPath } from './other-node.mjs';

describe('parseAlsoNode', () => {
  it('asks for no other Node when unset or blank', () => {
    expect(parseAlsoNode(undefined)).toEqual({ majors: [] });
    expect(parseAlsoNode('  ')).toEqual({ majors: [] });
  });

  it('reads one major or a comma-separated list, once each', () => {
    expect(parseAlsoNode('24')).toEqual({ majors: [24] });
    expect(parseAlsoNode(' 22, 24 ,24')).toEqual({ majors: [22, 24] });
  });

  it('refuses anything that is not a major version, saying what it wants', () => {
    for (const bad of ['v24', '24.1', 'latest', '24,', '0']) {
      expect(parseAlsoNode(bad)).toEqual({ majors: [], error: `TEST_ALSO_NODE=${bad} is not a list of Node.js major versions such as 24 or 22,24` });
    }
  });
});

describe('isMajor', () => {
  it('matches the major only, not a prefix of another', () => {
    expect(isMajor('v24.11.0\n', 24)).toBe(true);
    expect(isMajor('v2.4.0', 24)).toBe(false);
    expect(isMajor('v240.0.0', 24)).toBe(false);
    expect(isMajor('v20.19.0', 24)).toBe(false);
    expect(isMajor(null, 24)).toBe(false);
  });
});

describe('ensureNode', () => {
  const root = '/repo';
  const bin = nodeBinIn(nodeCacheDir(root, 24));
  const quiet = () => undefined;

  it('keeps the binary under .cache/node-<major>/', () => {
    expect(bin).toBe('/repo/.cache/node-24/node_modules/node/bin/node');
  });

  it('reuses a cached binary of the right major without installing', () => {
    const installs: number[] = [];
    const got = ensureNode(root, 24, { probe: () => 'v24.3.0', install: (_dir, major) => (installs.push(major), null), log: quiet });
    expect(got).toEqual({ bin, version: 'v24.3.0' });
    expect(installs).toEqual([]);
  });

  it('installs when the cached binary is missing or of another major, then checks what it got', () => {
    let installed = false;
    const probe = () => (installed ? 'v24.9.0' : 'v20.19.0');
    const got = ensureNode(root, 24, { probe, install: (dir) => ((installed = dir === '/repo/.cache/node-24'), null), log: quiet });
    expect(got).toEqual({ bin, version: 'v24.9.0' });
  });

  it('fails with the reason when the install fails', () => {
    const got = ensureNode(root, 24, { probe: () => null, install: () => 'npm install node@24 failed (exit 1)', log: quiet });
    expect(got).toEqual({ error: 'could not obtain Node.js 24: npm install node@24 failed (exit 1)' });
  });

  it('fails when the installed binary does not run or is another major', () => {
    expect(ensureNode(root, 24, { probe: () => null, install: () => null, log: quiet })).toEqual({ error: `could not obtain Node.js 24: ${bin} is missing or does not run` });
    expect(ensureNode(root, 24, { probe: (b) => (b === bin ? 'v25.0.0' : null), install: () => null, log: quiet })).toEqual({ error: `could not obtain Node.js 24: ${bin} reports v25.0.0` });
  });
});

describe('probeNode', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'other-node-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports the version of a binary that runs', () => {
    expect(probeNode(process.execPath)).toBe(process.version);
  });

  it('gives null for a missing file and for one that fails', () => {
    expect(probeNode(join(dir, 'node'))).toBeNull();
    mkdirSync(join(dir, 'bin'));
    writeFileSync(join(dir, 'bin', 'node'), '#!/bin/sh\nexit 3\n', { mode: 0o755 });
    expect(probeNode(join(dir, 'bin', 'node'))).toBeNull();
  });
});

describe('withNodeOnPath', () => {
  it('puts the binary’s folder first on PATH and keeps the rest', () => {
    expect(withNodeOnPath({ PATH: '/usr/bin', HOME: '/root' }, '/n/bin/node')).toEqual({ PATH: `/n/bin${delimiter}/usr/bin`, HOME: '/root' });
    expect(withNodeOnPath({}, '/n/bin/node').PATH).toBe('/n/bin');
  });
});

describe('what runs again on the other Node', () => {
  const tests = (readdirSync('.', { recursive: true, encoding: 'utf8' }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.test.ts') && !f.includes('node_modules') && !f.startsWith('.'));

  it('has every filter match test files, and leaves most module tests to the main run', () => {
    for (const filter of OTHER_NODE_SCOPE) expect(tests.filter((f) => f.includes(filter)).length, filter).toBeGreaterThan(0);
    const chosen = tests.filter((f) => OTHER_NODE_SCOPE.some((filter) => f.includes(filter)));
    expect(chosen).toContain('server/src/modules/exchange/exchange.process.test.ts');
    expect(chosen).not.toContain('server/src/modules/meetings/readouts.routes.test.ts');
  });

  it('runs everything when TEST_ALSO_NODE_ALL=1', () => {
    expect(otherNodeFilters({ TEST_ALSO_NODE_ALL: '1' })).toEqual([]);
    expect(otherNodeFilters({})).toEqual(OTHER_NODE_SCOPE);
  });
});
