// Types for other-node.mjs, which stays plain JavaScript because test.mjs runs it before anything is compiled.
export type AlsoNode = { majors: number[]; error?: string };
export type NodeBinary = { bin: string; version: string; error?: undefined } | { error: string; bin?: undefined; version?: undefined };

export function parseAlsoNode(value: string | undefined): AlsoNode;
export const OTHER_NODE_SCOPE: readonly string[];
export function otherNodeFilters(env: NodeJS.ProcessEnv): readonly string[];
export function nodeCacheDir(root: string, major: number): string;
export function nodeBinIn(dir: string): string;
export function isMajor(version: string | null | undefined, major: number): boolean;
export function probeNode(bin: string): string | null;
export function npmInstallNode(dir: string, major: number): string | null;
export function ensureNode(
  root: string,
  major: number,
  opts?: { install?: (dir: string, major: number) => string | null; probe?: (bin: string) => string | null; log?: (line: string) => void },
): NodeBinary;
export function withNodeOnPath(env: NodeJS.ProcessEnv, bin: string): NodeJS.ProcessEnv;
