/** The alerts domain's handlers: thin glue between the contract and src/main/core/alerts. */
import { alertSettings, updateAlertSettings } from '../alerts/alert-settings';
import { alertCounts, insertAlerts, listAlerts, setAlertsDone } from '../alerts/alert-store';
import { ensureChecked } from '../alerts/auto-check';
import { detectAlerts } from '../alerts/detect-alerts';
import { partnerRow } from '../benchmark/resolve-partner';
import { scoringService } from '../scoring/service/scoring-service';
import type { HandlerMap } from './handler-types';

type AlertMethods =
  | 'alerts.list'
  | 'alerts.count'
  | 'alerts.check'
  | 'alerts.settings'
  | 'alerts.updateSettings'
  | 'alerts.setDone';

export const alertsHandlers: HandlerMap<AlertMethods> = {
  'alerts.list': ({ status, partner, limit }, ctx) => {
    const ws = ctx.requireWorkspace();
    const checked = ensureChecked(ws);
    const dataset = scoringService(ws).load().dataset;
    const partnerId =
      partner === undefined ? undefined : dataset.partners.id[partnerRow(dataset, partner)];
    const { open, done } = alertCounts(ws);
    return { alerts: listAlerts(ws, { status, partnerId, limit }), open, done, checked };
  },
  'alerts.count': (_args, ctx) => {
    const ws = ctx.requireWorkspace();
    ensureChecked(ws);
    const { open, attention } = alertCounts(ws);
    return { open, attention };
  },
  'alerts.check': ({ period, previous }, ctx) => {
    const ws = ctx.requireWorkspace();
    const detection = detectAlerts(ws, period, previous);
    return {
      period: detection.period,
      previous: detection.previous,
      created: insertAlerts(ws, detection.drafts),
      segmentMoves: detection.segmentMoves,
      riskFlags: detection.riskFlags,
    };
  },
  'alerts.settings': (_args, ctx) => alertSettings(ctx.requireWorkspace()),
  'alerts.updateSettings': ({ closeUnwatched, ...settings }, ctx) =>
    updateAlertSettings(ctx.requireWorkspace(), settings, closeUnwatched),
  'alerts.setDone': ({ ids, done }, ctx) => {
    const ws = ctx.requireWorkspace();
    return { updated: setAlertsDone(ws, ids, done), open: alertCounts(ws).open };
  },
};
