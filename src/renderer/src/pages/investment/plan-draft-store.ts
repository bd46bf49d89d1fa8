/**
 * The plan being drafted on the Investment page: budget, period, scope, rules and hand-set
 * amounts. Every change re-proposes on the backend (the proposal is a function of this draft),
 * so trying other rules is a what-if; loading a saved plan puts its inputs back here.
 */
import { create } from 'zustand';
import type { MdfPlan, MdfRules, MdfScope } from '../../../../shared/api';

export const DEFAULT_RULES: MdfRules = {
  eligibleTiers: null,
  minCents: 0,
  maxCents: null,
  coFundingRatio: 0.5,
  reserveShare: 0.1,
  concentration: 2,
  weights: { revenue: 30, score: 25, growth: 15, pipeline: 20, headroom: 10 },
};

export interface PlanDraft {
  /** The saved plan this draft was loaded from (re-saving replaces it). */
  planId: number | null;
  name: string;
  period: string | null;
  budgetCents: number;
  scope: MdfScope;
  rules: MdfRules;
  locks: Record<number, number>;
}

interface DraftState extends PlanDraft {
  set: (patch: Partial<PlanDraft>) => void;
  setRules: (patch: Partial<MdfRules>) => void;
  lock: (partnerId: number, amountCents: number) => void;
  unlock: (partnerId: number) => void;
  load: (plan: MdfPlan) => void;
  reset: () => void;
}

const INITIAL: PlanDraft = {
  planId: null,
  name: '',
  period: null,
  budgetCents: 50_000_000,
  scope: { region: null, type: null, program: null },
  rules: DEFAULT_RULES,
  locks: {},
};

export const usePlanDraft = create<DraftState>()((set) => ({
  ...INITIAL,
  // Rules or scope changes clear hand-set amounts that may no longer fit.
  set: (patch) => set(patch),
  setRules: (patch) => set((s) => ({ rules: { ...s.rules, ...patch } })),
  lock: (partnerId, amountCents) =>
    set((s) => ({ locks: { ...s.locks, [partnerId]: amountCents } })),
  unlock: (partnerId) =>
    set((s) => {
      const locks = { ...s.locks };
      delete locks[partnerId];
      return { locks };
    }),
  load: (plan) =>
    set({
      planId: plan.id,
      name: plan.name,
      period: plan.period,
      budgetCents: plan.budgetCents,
      scope: plan.scope,
      rules: plan.proposal.rules,
      locks: Object.fromEntries(
        plan.proposal.rows.filter((r) => r.locked).map((r) => [r.partnerId, r.amountCents]),
      ),
    }),
  reset: () => set(INITIAL),
}));

/** The draft as the proposal input of the API. */
export function proposalInput(d: PlanDraft) {
  return {
    budgetCents: d.budgetCents,
    ...(d.period ? { period: d.period } : {}),
    scope: d.scope,
    rules: d.rules,
    locks: Object.entries(d.locks).map(([partnerId, amountCents]) => ({
      partnerId: Number(partnerId),
      amountCents,
    })),
  };
}
