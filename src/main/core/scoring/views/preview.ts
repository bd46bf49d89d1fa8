/**
 * Live preview for the methodology editor: the distribution of an unsaved definition and how
 * partners would move between tiers against a baseline version. Served by the weight-only fast
 * path when only weights or tier thresholds changed since the last preview.
 */
import type {
  MethodologyRef,
  ScorePreview,
  TierMove,
} from '../../../../shared/api/scoring-results';
import type { MethodologyDefinition } from '../../../../shared/api/scoring-methodology';
import type { ScoringService } from '../service/scoring-service';
import { scoreSummary } from './score-summary';

export function previewScores(
  service: ScoringService,
  definition: MethodologyDefinition,
  t: number,
  baseline: { ref: MethodologyRef; definition: MethodologyDefinition } | null,
): ScorePreview {
  const started = performance.now();
  const plan = service.plan(definition);
  const ps = service.score(plan, t, false);
  const scoreMs = performance.now() - started;
  const tiers = plan.definition.tiers.map((x) => x.name);
  let tierMoves: TierMove[] = [];
  let meanChange: number | null = null;
  if (baseline) {
    const basePlan = service.plan(baseline.definition);
    const base = service.score(basePlan, t, false);
    const baseTiers = basePlan.definition.tiers.map((x) => x.name);
    const moves = new Map<string, TierMove>();
    let sum = 0;
    let count = 0;
    ps.weighted.tier.forEach((tier, i) => {
      const from = baseTiers[base.weighted.tier[i]!] ?? null;
      const to = tiers[tier] ?? null;
      const delta = ps.weighted.composite[i]! - base.weighted.composite[i]!;
      if (!Number.isNaN(delta)) {
        sum += delta;
        count++;
      }
      if (from === to) return;
      const key = `${from}→${to}`;
      const move = moves.get(key) ?? { from, to, count: 0 };
      move.count++;
      moves.set(key, move);
    });
    tierMoves = [...moves.values()].sort((a, b) => b.count - a.count);
    meanChange = count ? sum / count : null;
  }
  return {
    methodology: { id: null, name: 'Unsaved draft', version: null, status: 'unsaved' },
    period: { key: ps.structural.period.key, label: ps.structural.period.label },
    summary: scoreSummary(plan, ps),
    tiers,
    baseline: baseline?.ref ?? null,
    tierMoves,
    meanChange,
    fastPath: ps.fastPath,
    scoreMs,
  };
}
