/** The risk rules' thresholds of a workspace: stored values over the defaults, rule by rule. */
import {
  DEFAULT_RISK_SETTINGS,
  RISK_RULES,
  riskSettingsSchema,
  type RiskSettings,
  type RiskSettingsPatch,
} from '../../../shared/api/risks';
import type { Workspace } from '../workspace/workspace';

const KEY = 'risks.settings';

function merge(base: RiskSettings, patch: unknown): Record<string, unknown> {
  const source = patch && typeof patch === 'object' ? (patch as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const rule of RISK_RULES) {
    const own = source[rule];
    out[rule] = { ...base[rule], ...(own && typeof own === 'object' ? own : {}) };
  }
  return out;
}

export function riskSettings(ws: Workspace): RiskSettings {
  const parsed = riskSettingsSchema.safeParse(
    merge(DEFAULT_RISK_SETTINGS, ws.getSetting<unknown>(KEY, {})),
  );
  return parsed.success ? parsed.data : structuredClone(DEFAULT_RISK_SETTINGS);
}

export function updateRiskSettings(ws: Workspace, patch: RiskSettingsPatch): RiskSettings {
  const next = riskSettingsSchema.parse(merge(riskSettings(ws), patch));
  ws.setSetting(KEY, next);
  return next;
}
