// The core worker run from the TypeScript sources (the CLI's `serve`, tests): tsx's loader is
// registered in this thread first, since a worker does not inherit the one of its parent.
import { register } from 'tsx/esm/api';

register();
await import('./core-worker.ts');
