import type { Handlers } from './handler-types';
import { workspaceHandlers } from './workspace-handlers';
import { importHandlers } from './import-handlers';
import { scoringHandlers } from './scoring-handlers';
import { viewsHandlers } from './views-handlers';
import { qbrHandlers } from './qbr-handlers';
import { exportHandlers } from './export-handlers';
import { benchmarkHandlers } from './benchmark-handlers';
import { risksHandlers } from './risks-handlers';
import { alertsHandlers } from './alerts-handlers';
import { scenariosHandlers } from './scenarios-handlers';
import { mdfHandlers } from './mdf-handlers';
import { disputesHandlers } from './disputes-handlers';
import { digestHandlers } from './digest-handlers';
import { improvementHandlers } from './improvement-handlers';
import { diagnosticsHandlers } from './diagnostics-handlers';
import { governanceHandlers } from './governance-handlers';
import { signalsHandlers } from './signals-handlers';
import { reviewsHandlers } from './reviews-handlers';

/** Every domain's handlers merged: the backend half of the contract in src/shared/api. */
export const handlers: Handlers = {
  ...workspaceHandlers,
  ...importHandlers,
  ...scoringHandlers,
  ...viewsHandlers,
  ...qbrHandlers,
  ...exportHandlers,
  ...benchmarkHandlers,
  ...risksHandlers,
  ...alertsHandlers,
  ...scenariosHandlers,
  ...mdfHandlers,
  ...disputesHandlers,
  ...digestHandlers,
  ...improvementHandlers,
  ...diagnosticsHandlers,
  ...governanceHandlers,
  ...signalsHandlers,
  ...reviewsHandlers,
};
