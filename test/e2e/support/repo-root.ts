import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (test/e2e/support → ../../..), where bin/partnerscope.mjs lives. */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CLI = join(REPO_ROOT, 'bin', 'partnerscope.mjs');
