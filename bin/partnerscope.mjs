#!/usr/bin/env node
// The `partnerscope` command. It runs the TypeScript sources directly through tsx, so the CLI
// works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
