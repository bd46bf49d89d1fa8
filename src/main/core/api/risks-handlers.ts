/** The risks domain's handlers: thin glue between the contract and src/main/core/risks. */
import { riskReport } from '../risks/risk-report';
import { riskSettings, updateRiskSettings } from '../risks/settings';
import type { HandlerMap } from './handler-types';

type RiskMethods = 'risks.list' | 'risks.settings' | 'risks.updateSettings';

export const risksHandlers: HandlerMap<RiskMethods> = {
  'risks.list': (args, ctx) => riskReport(ctx.requireWorkspace(), args),
  'risks.settings': (_args, ctx) => riskSettings(ctx.requireWorkspace()),
  'risks.updateSettings': (patch, ctx) => updateRiskSettings(ctx.requireWorkspace(), patch),
};
