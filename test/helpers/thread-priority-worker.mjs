// A worker thread that lowers its own priority as the core worker does, and reports it.
import { getPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { lowerThisThreadPriority, WORKER_NICE } =
  await import('../../src/main/runtime/thread-priority.ts');
const lowered = lowerThisThreadPriority();
const again = lowerThisThreadPriority(WORKER_NICE - 3);
parentPort.postMessage({ lowered, again, nice: getPriority(0), expected: WORKER_NICE });
