/**
 * A proposal: the partners of the scope in the period, who is eligible and why not, each one's
 * criterion from contribution and potential, and the allocation in cents with every share
 * explained. Hand-set amounts (locks) are kept and the rest re-spread, so the plan's total never
 * changes with an edit.
 */
import type {
  MdfAllocationRow,
  MdfProposal,
  MdfProposalArgs,
  MdfRules,
} from '../../../shared/api/mdf';
import { AppError } from '../../../shared/errors';
import { eligibleRows } from '../scoring/dataset';
import { scoreSelection, type ScoredSelection } from '../views/scored-selection';
import type { Workspace } from '../workspace/workspace';
import { allocate, AllocationError, type Allocation } from './allocate';
import { criterionPoints, DEFAULT_HEADROOM_WINDOW } from './criteria';
import { explainShare } from './explain-share';
import { formatCents } from './money';
import { partnerFacts } from './partner-facts';

export const CRITERION_TEXT =
  'Criterion (0–100) = weighted mean of: revenue over the last four periods (percentile rank ' +
  'among eligible partners), composite score, revenue growth against the four periods before ' +
  '(percentile rank), pipeline coverage = open pipeline ÷ the period’s revenue target, or ÷ ' +
  'average period revenue without a target (percentile rank), and closeness to the next tier ' +
  `(100 at the threshold, 0 at ${DEFAULT_HEADROOM_WINDOW} points or more below it). Each ` +
  'eligible partner’s share of the pool (budget minus reserve) is proportional to its criterion ' +
  'raised to the concentration (2 by default, so stronger partners get more than a flat split) ' +
  'within the minimum and maximum per partner (water-filling); amounts are rounded to the cent by ' +
  'largest remainder so they add up exactly.';

function eligibleTierSet(rules: MdfRules, tierNames: string[]): Set<string> {
  if (rules.eligibleTiers === null) return new Set(tierNames.slice(1));
  const unknown = rules.eligibleTiers.filter((t) => !tierNames.includes(t));
  if (unknown.length) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `Unknown tier ${unknown.map((t) => `"${t}"`).join(', ')}; the methodology's tiers are ${tierNames.join(', ')}.`,
      { unknown, tiers: tierNames },
    );
  }
  return new Set(rules.eligibleTiers);
}

function scopeOptions(ds: ScoredSelection['dataset'], t: number): MdfProposal['scopeOptions'] {
  const rows = Array.from(eligibleRows(ds, t));
  const distinct = (col: (string | null)[]) =>
    [...new Set(rows.map((i) => col[i]).filter((v): v is string => !!v))].sort((a, b) =>
      a.localeCompare(b),
    );
  return {
    regions: distinct(ds.partners.region),
    types: distinct(ds.partners.type),
    programs: distinct(ds.partners.tier),
  };
}

export function proposeAllocation(ws: Workspace, args: MdfProposalArgs): MdfProposal {
  return proposeFromSelection(scoreSelection(ws, { period: args.period }), args);
}

export function proposeFromSelection(sel: ScoredSelection, args: MdfProposalArgs): MdfProposal {
  const { dataset: ds, t } = sel;
  const { rules, scope } = args;
  if (rules.maxCents !== null && rules.maxCents < rules.minCents) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `The maximum per partner (${formatCents(rules.maxCents)}) is below the minimum (${formatCents(rules.minCents)}).`,
    );
  }
  const facts = partnerFacts(sel);
  const tierSet = eligibleTierSet(rules, facts.tierNames);
  const p = ds.partners;
  const inScope = Array.from(eligibleRows(ds, t)).filter(
    (i) =>
      (scope.region === null || p.region[i] === scope.region) &&
      (scope.type === null || p.type[i] === scope.type) &&
      (scope.program === null || p.tier[i] === scope.program),
  );
  const tierName = (i: number) => facts.tierNames[facts.tierIndex[i]!] ?? null;
  const reasonOf = (i: number): string | null => {
    if (p.status[i] !== 'active') return `Status ${p.status[i]}`;
    if (Number.isNaN(facts.composite[i]!)) return 'Not scored in the period';
    const tier = tierName(i);
    if (!tier || !tierSet.has(tier)) return `${tier ?? 'No tier'} is not an eligible tier`;
    return null;
  };
  const reasons = inScope.map(reasonOf);
  const eligibleIdx = inScope.filter((_, k) => reasons[k] === null);
  const points = criterionPoints(
    eligibleIdx.map((i) => ({
      composite: facts.composite[i]!,
      revenue: facts.revenue[i]!,
      growth: facts.growth[i]!,
      pipelineCoverage: facts.pipelineCoverage[i]!,
      gapToNextTier: facts.gapToNextTier[i]!,
    })),
    rules.weights,
  );
  const pointsOf = new Map(eligibleIdx.map((i, k) => [i, points[k]!]));

  const locks = new Map(args.locks.map((l) => [l.partnerId, l.amountCents]));
  const rowOfId = new Map(inScope.map((i, k) => [p.id[i]!, k]));
  for (const [partnerId, amount] of locks) {
    const k = rowOfId.get(partnerId);
    if (k === undefined || reasons[k] !== null) {
      throw new AppError(
        'INVALID_ARGUMENT',
        `Partner ${k === undefined ? partnerId : p.externalId[inScope[k]!]} cannot receive funds in this plan${k === undefined ? ' (not in the scope or period)' : `: ${reasons[k]}`}.`,
      );
    }
    if (amount < rules.minCents || (rules.maxCents !== null && amount > rules.maxCents)) {
      throw new AppError(
        'INVALID_ARGUMENT',
        `${p.name[inScope[k]!]}: set an amount between ${formatCents(rules.minCents)} and ${rules.maxCents === null ? 'any amount' : formatCents(rules.maxCents)}.`,
      );
    }
  }

  let result: Allocation;
  try {
    result = allocate(
      inScope.map((i, k) => ({
        weight: (pointsOf.get(i)?.criterion ?? 0) ** rules.concentration,
        eligible: reasons[k] === null,
        lockedCents: locks.get(p.id[i]!) ?? null,
      })),
      {
        budgetCents: args.budgetCents,
        reserveShare: rules.reserveShare,
        minCents: rules.minCents,
        maxCents: rules.maxCents,
      },
    );
  } catch (error) {
    if (error instanceof AllocationError)
      throw new AppError('INVALID_ARGUMENT', error.message, error.details);
    throw error;
  }
  const warnings: string[] = [];
  if (result.unplacedCents > 0) {
    if (locks.size > 0) {
      throw new AppError(
        'INVALID_ARGUMENT',
        `The other partners can take only ${formatCents(result.allocatableCents - result.unplacedCents - [...locks.values()].reduce((a, b) => a + b, 0))} at their maximum; lower the hand-set amounts by ${formatCents(result.unplacedCents)} to keep the plan's total.`,
        { unplacedCents: result.unplacedCents },
      );
    }
    warnings.push(
      `${formatCents(result.unplacedCents)} stays unallocated: every eligible partner is at the maximum; it is added to the reserve.`,
    );
  }
  if (eligibleIdx.length === 0)
    warnings.push('No partner in the scope is eligible: widen the scope or the eligible tiers.');

  const coFund = rules.coFundingRatio / (1 - rules.coFundingRatio);
  const rows: MdfAllocationRow[] = inScope.map((i, k) => {
    const amount = result.amounts[k]!;
    const share = amount / args.budgetCents;
    const pts = pointsOf.get(i);
    const finite = (x: number) => (Number.isFinite(x) ? x : null);
    return {
      partnerId: p.id[i]!,
      externalId: p.externalId[i]!,
      name: p.name[i]!,
      region: p.region[i] ?? null,
      type: p.type[i] ?? null,
      tier: tierName(i),
      eligible: reasons[k] === null,
      ineligibleReason: reasons[k]!,
      amountCents: amount,
      share,
      locked: locks.has(p.id[i]!),
      bound: result.bound[k]!,
      partnerCoFundingCents: Math.round(amount * coFund),
      composite: finite(facts.composite[i]!),
      revenue: finite(facts.revenue[i]!),
      growth: finite(facts.growth[i]!),
      pipelineCoverage: finite(facts.pipelineCoverage[i]!),
      gapToNextTier: finite(facts.gapToNextTier[i]!),
      nextTier: facts.tierNames[facts.tierIndex[i]! + 1] ?? null,
      points: pts
        ? {
            revenue: pts.revenue,
            score: pts.score,
            growth: pts.growth,
            pipeline: pts.pipeline,
            headroom: pts.headroom,
          }
        : { revenue: 0, score: 0, growth: 0, pipeline: 0, headroom: 0 },
      criterion: pts?.criterion ?? 0,
      explanation:
        reasons[k] === null
          ? explainShare({
              share,
              composite: facts.composite[i]!,
              pipelineCoverage: facts.pipelineCoverage[i]!,
              growth: facts.growth[i]!,
              tier: tierName(i),
              bound: result.bound[k]!,
            })
          : `Not eligible: ${reasons[k]}`,
    };
  });
  rows.sort(
    (a, b) =>
      b.amountCents - a.amountCents || b.criterion - a.criterion || a.name.localeCompare(b.name),
  );
  const period = ds.periods[t]!;
  return {
    period: { key: period.key, label: period.label },
    scope,
    rules,
    budgetCents: args.budgetCents,
    reserveCents: result.reserveCents + result.unplacedCents,
    allocatableCents: result.allocatableCents,
    allocatedCents: result.allocatableCents - result.unplacedCents,
    unplacedCents: result.unplacedCents,
    eligibleCount: eligibleIdx.length,
    criterionText: CRITERION_TEXT,
    warnings,
    tiers: facts.tierNames,
    scopeOptions: scopeOptions(ds, t),
    rows,
  };
}
