#!/usr/bin/env node
// The package's `claimlens` command: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/run.ts');
