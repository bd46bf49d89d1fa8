import type { Handlers } from './handler-types';
import { workspaceHandlers } from './workspace-handlers';

/** Every domain's handlers merged: the backend half of the contract in src/shared/api. */
export const handlers: Handlers = {
  ...workspaceHandlers,
};
