/** The improvement domain's handlers: glue between the contract and src/main/core/improvement. */
import type { Cohort } from '../../../shared/api/improvement-results';
import { partnerDetails } from '../export/scorecard/resolve-partner';
import {
  addImprovementAction,
  backlogAction,
  listBacklog,
  updateImprovementAction,
} from '../improvement/backlog';
import { didItWork } from '../improvement/did-it-work';
import { measureEvidence } from '../improvement/evidence';
import { dismissSuggestions, restoreDismissed } from '../improvement/dismissals';
import {
  createIssue,
  deleteIssue,
  getIssue,
  listIssues,
  todayIso,
  updateIssue,
} from '../improvement/issue-store';
import { improvementOptions } from '../improvement/options';
import { progressReport } from '../improvement/progress-report';
import { findSuggestion, listSuggestions } from '../improvement/suggestions';
import type { HandlerMap } from './handler-types';

type ImprovementMethods =
  | 'improvement.options'
  | 'improvement.issues'
  | 'improvement.issue'
  | 'improvement.createIssue'
  | 'improvement.updateIssue'
  | 'improvement.deleteIssue'
  | 'improvement.suggestions'
  | 'improvement.acceptSuggestion'
  | 'improvement.dismissSuggestion'
  | 'improvement.restoreSuggestions'
  | 'improvement.actions'
  | 'improvement.addAction'
  | 'improvement.updateAction'
  | 'improvement.progress'
  | 'improvement.didItWork';

export const improvementHandlers: HandlerMap<ImprovementMethods> = {
  'improvement.options': (_args, ctx) => improvementOptions(ctx.requireWorkspace()),
  'improvement.issues': ({ status, partner }, ctx) => {
    const ws = ctx.requireWorkspace();
    const partnerId = partner ? partnerDetails(ws.sqlite, partner).id : undefined;
    return listIssues(ws, { status, partnerId });
  },
  'improvement.issue': ({ id }, ctx) => getIssue(ctx.requireWorkspace(), id),
  'improvement.createIssue': ({ partner, cohort, ...f }, ctx) => {
    const ws = ctx.requireWorkspace();
    const partnerId = partner ? partnerDetails(ws.sqlite, partner).id : null;
    // A partner issue on a KPI gets its evidence measured unless the user gave the figures.
    if (partnerId !== null && f.kpiKey && f.value === undefined) {
      const measured = measureEvidence(ws, partnerId, f.kpiKey);
      f.value = measured.value;
      f.peerValue ??= measured.peerValue;
      f.periodKey ??= measured.periodKey;
      f.impactScore ??= measured.impactScore;
      f.impactRevenue ??= measured.impactRevenue;
    }
    return createIssue(ws, {
      partnerId,
      cohort: (cohort as Cohort | undefined) ?? null,
      title: f.title,
      foundOn: f.foundOn ?? todayIso(),
      kpiKey: f.kpiKey ?? null,
      periodKey: f.periodKey ?? null,
      value: f.value ?? null,
      peerValue: f.peerValue ?? null,
      targetValue: f.targetValue ?? null,
      evidence: f.evidence ?? '',
      rootCause: f.rootCause ?? 'other',
      analysis: f.analysis ?? '',
      impactRevenue: f.impactRevenue ?? null,
      impactScore: f.impactScore ?? null,
      severity: f.severity ?? 'medium',
      suggestionKey: null,
    });
  },
  'improvement.updateIssue': ({ id, ...patch }, ctx) =>
    updateIssue(ctx.requireWorkspace(), id, patch),
  'improvement.deleteIssue': ({ id }, ctx) => {
    deleteIssue(ctx.requireWorkspace(), id);
    return null;
  },
  'improvement.suggestions': (q, ctx) => listSuggestions(ctx.requireWorkspace(), q),
  'improvement.acceptSuggestion': ({ key }, ctx) => {
    const ws = ctx.requireWorkspace();
    const s = findSuggestion(ws, key);
    return createIssue(ws, {
      partnerId: s.partner ? partnerDetails(ws.sqlite, s.partner.externalId).id : null,
      cohort: s.cohort,
      title: s.title,
      foundOn: todayIso(),
      kpiKey: s.kpiKey,
      periodKey: s.periodKey,
      value: s.value,
      peerValue: s.peerValue,
      targetValue: s.targetValue,
      evidence: s.evidence,
      rootCause: s.rootCause,
      analysis: '',
      impactRevenue: s.impactRevenue,
      impactScore: s.impactScore,
      severity: s.severity,
      suggestionKey: s.key,
    });
  },
  'improvement.dismissSuggestion': ({ keys, reason }, ctx) => ({
    dismissed: dismissSuggestions(ctx.requireWorkspace(), keys, reason),
  }),
  'improvement.restoreSuggestions': (_args, ctx) => ({
    restored: restoreDismissed(ctx.requireWorkspace()),
  }),
  'improvement.actions': ({ status, issueId, partner }, ctx) => {
    const ws = ctx.requireWorkspace();
    const partnerId = partner ? partnerDetails(ws.sqlite, partner).id : undefined;
    return listBacklog(ws, { status, issueId, partnerId });
  },
  'improvement.addAction': ({ partner, ...fields }, ctx) => {
    const ws = ctx.requireWorkspace();
    return addImprovementAction(ws, {
      ...fields,
      partnerId: partner ? partnerDetails(ws.sqlite, partner).id : null,
    });
  },
  'improvement.updateAction': ({ id, ...patch }, ctx) => {
    const ws = ctx.requireWorkspace();
    updateImprovementAction(ws, id, patch);
    return backlogAction(ws, id);
  },
  'improvement.progress': ({ partner, groupBy, status }, ctx) => {
    const ws = ctx.requireWorkspace();
    const partnerId = partner ? partnerDetails(ws.sqlite, partner).id : undefined;
    return progressReport(ws, { partnerId, groupBy, status });
  },
  'improvement.didItWork': (q, ctx) => didItWork(ctx.requireWorkspace(), q),
};
