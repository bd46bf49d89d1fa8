// The core worker's entry when the app runs from its TypeScript sources (tests, the command
// without a build): a worker thread does not inherit tsx from its parent, so register it here.
import { register } from 'tsx/esm/api';

register();
await import('./core-worker.ts');
