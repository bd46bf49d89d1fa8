/**
 * The bench's baseline: the composite of a period-window methodology (min–max and percentile
 * normalisers, re-weighting of missing KPIs) as one SQL query over the workspace, generated
 * from the same compiled plan the engine runs.
 */
import type { FormulaNode } from '../src/main/core/kpi/formula/ast';
import type { MethodologyPlan } from '../src/main/core/scoring/plan';

function expr(node: FormulaNode): string {
  switch (node.kind) {
    case 'number':
      return `CAST(${node.value} AS REAL)`;
    case 'measure':
      return `v."${node.name}"`;
    case 'unary':
      return `(-${expr(node.operand)})`;
    case 'binary':
      return node.op === '/'
        ? `(${expr(node.left)} / NULLIF(${expr(node.right)}, 0))`
        : `(${expr(node.left)} ${node.op} ${expr(node.right)})`;
    case 'call': {
      const first = node.args[0]!;
      if (node.name === 'target' && first.kind === 'measure') return `t."${first.name}"`;
      if (node.name === 'max' || node.name === 'min' || node.name === 'abs') {
        return `${node.name}(${node.args.map(expr).join(', ')})`;
      }
      throw new Error(`the SQL baseline cannot compute ${node.name}()`);
    }
  }
}

function normalised(plan: MethodologyPlan, k: number): string {
  const kpi = plan.kpis[k]!;
  const x = `k${k}`;
  const part = kpi.peerBy.length
    ? `PARTITION BY ${kpi.peerBy.map((d) => `p.${d}`).join(', ')}`
    : '';
  const lower = kpi.def.direction === 'lower';
  if (kpi.normaliser.kind === 'minmax') {
    const [lo, hi] = [`min(${x}) OVER (${part})`, `max(${x}) OVER (${part})`];
    const up = `100.0 * (${x} - ${lo}) / (${hi} - ${lo})`;
    return `CASE WHEN ${x} IS NULL THEN NULL WHEN ${hi} = ${lo} THEN 50.0 ELSE ${lower ? `100.0 - ${up}` : up} END`;
  }
  if (kpi.normaliser.kind === 'percentile') {
    const sep = part ? ', ' : 'PARTITION BY ';
    const n = `count(${x}) OVER (${part})`;
    const below = `(rank() OVER (${part}${sep}${x} IS NULL ORDER BY ${x}${lower ? ' DESC' : ''}) - 1)`;
    const ties = `(count(*) OVER (${part}${sep}${x}) - 1)`;
    return `CASE WHEN ${x} IS NULL THEN NULL WHEN ${n} = 1 THEN 50.0 ELSE 100.0 * (${below} + ${ties} / 2.0) / (${n} - 1) END`;
  }
  throw new Error(`the SQL baseline has no ${kpi.normaliser.kind} normaliser`);
}

export function compositeSql(
  plan: MethodologyPlan,
  measureIds: Map<string, number>,
  periodId: number,
  periodEnd: string,
): string {
  const measures = [...measureIds.entries()];
  const pivot = (table: string) =>
    measures
      .map(([key, id]) => `max(CASE WHEN measure_id = ${id} THEN value END) AS "${key}"`)
      .join(', ') + ` FROM ${table} WHERE period_id = ${periodId} GROUP BY partner_id`;
  const w = plan.weights[0]!;
  const kpiCols = plan.kpis.map((k, i) => `${expr(k.formula)} AS k${i}`).join(',\n    ');
  const scoreCols = plan.kpis.map((_, i) => `${normalised(plan, i)} AS s${i}`).join(',\n    ');
  const groupCols = plan.groups
    .map((_, g) => {
      const ks = plan.kpis.map((_, i) => i).filter((i) => plan.groupOf[i] === g && w.kpi[i]! > 0);
      const num = ks.map((i) => `coalesce(${w.kpi[i]} * s${i}, 0)`).join(' + ');
      const den = ks.map((i) => `CASE WHEN s${i} IS NULL THEN 0 ELSE ${w.kpi[i]} END`).join(' + ');
      return `(${num}) / NULLIF(${den}, 0) AS g${g}`;
    })
    .join(',\n    ');
  const num = plan.groups.map((_, g) => `coalesce(${w.group[g]} * g${g}, 0)`).join(' + ');
  const den = plan.groups
    .map((_, g) => `CASE WHEN g${g} IS NULL THEN 0 ELSE ${w.group[g]} END`)
    .join(' + ');
  return `WITH
  v AS (SELECT partner_id, ${pivot('measure_values')}),
  t AS (SELECT partner_id, ${pivot('targets')}),
  k AS (SELECT p.id, p.type,
    ${kpiCols}
    FROM partners p LEFT JOIN v ON v.partner_id = p.id LEFT JOIN t ON t.partner_id = p.id
    WHERE p.onboarded_on IS NULL OR p.onboarded_on <= '${periodEnd}'),
  s AS (SELECT p.id,
    ${scoreCols}
    FROM k AS p),
  g AS (SELECT id,
    ${groupCols}
    FROM s)
SELECT id, (${num}) / NULLIF(${den}, 0) AS composite FROM g ORDER BY id`;
}
