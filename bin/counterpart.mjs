#!/usr/bin/env node
// The `counterpart` command: runs the TypeScript CLI through tsx's loader (no build step).
import { register } from 'tsx/esm/api';

register();
await import('../server/src/cli.ts');
