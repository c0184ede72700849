#!/usr/bin/env node
// The `trayecto` command: runs the TypeScript CLI through tsx, so it works from the repo without a build.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/node.ts');
