/**
 * A readable diff between two methodology definitions: one line per change, phrased for the
 * changelog partners read ("Win rate weight 30 → 35"), grouped by area.
 */
import {
  GROUP_LABELS,
  type MethodologyDefinition,
  type TierRule,
} from '../../../../shared/api/scoring-methodology';
import type { DiffLine } from '../../../../shared/api/scoring-results';
import { kpiCatalogue } from '../../kpi/kpi-library';
import { canonicalJson } from './canonical-json';
import { describeNormaliser } from './describe-normaliser';

export function diffDefinitions(
  before: MethodologyDefinition,
  after: MethodologyDefinition,
): DiffLine[] {
  const lines: DiffLine[] = [];
  const names = kpiCatalogue([...before.customKpis, ...after.customKpis]);
  const kpiName = (key: string) => names.get(key)?.name ?? key;
  const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
  const changed = (area: string, text: string) => lines.push({ kind: 'changed', area, text });

  if (before.description !== after.description) changed('Description', 'Description rewritten');
  if (before.grouping !== after.grouping) {
    changed('Grouping', `KPIs grouped by ${after.grouping} instead of ${before.grouping}`);
  }
  if (!same(before.groups ?? null, after.groups ?? null))
    changed('Structure', `Groups ${describeGroups(before)} → ${describeGroups(after)}`);
  if (!same(before.aggregation ?? null, after.aggregation ?? null))
    changed(
      'Structure',
      `Composite aggregation ${before.aggregation ? describePrep(before.aggregation) : 'arithmetic'} → ${after.aggregation ? describePrep(after.aggregation) : 'arithmetic'}`,
    );
  diffRecords(before.groupWeights, after.groupWeights, (key, a, b) => {
    const label = GROUP_LABELS[key as keyof typeof GROUP_LABELS] ?? key;
    lines.push(lineFor(a, b, 'Group weights', `${label} group weight`));
  });

  const beforeKpis = new Map(before.kpis.map((k) => [k.kpi, k]));
  const afterKpis = new Map(after.kpis.map((k) => [k.kpi, k]));
  for (const [key, k] of afterKpis) {
    const old = beforeKpis.get(key);
    if (!old) {
      lines.push({
        kind: 'added',
        area: 'KPIs',
        text: `Added ${kpiName(key)} (weight ${k.weight}, ${describeNormaliser(k.normaliser)})`,
      });
      continue;
    }
    if (old.weight !== k.weight)
      changed('KPIs', `${kpiName(key)} weight ${old.weight} → ${k.weight}`);
    for (const [field, area] of [
      ['group', 'Structure'],
      ['denominator', 'Denominators'],
      ['imputation', 'Imputation'],
      ['treatment', 'Outlier treatment'],
    ] as const) {
      if (!same(old[field] ?? null, k[field] ?? null))
        changed(area, `${kpiName(key)}: ${describePrep(old[field])} → ${describePrep(k[field])}`);
    }
    if (!same(old.normaliser, k.normaliser)) {
      changed(
        'Normalisation',
        `${kpiName(key)}: ${describeNormaliser(old.normaliser)} → ${describeNormaliser(k.normaliser)}`,
      );
    }
  }
  for (const key of beforeKpis.keys()) {
    if (!afterKpis.has(key))
      lines.push({ kind: 'removed', area: 'KPIs', text: `Removed ${kpiName(key)}` });
  }

  const beforeCustom = new Map(before.customKpis.map((k) => [k.key, k]));
  for (const k of after.customKpis) {
    const old = beforeCustom.get(k.key);
    if (!old)
      lines.push({ kind: 'added', area: 'Custom KPIs', text: `Defined ${k.name} = ${k.formula}` });
    else if (!same(old, k)) {
      changed(
        'Custom KPIs',
        old.formula !== k.formula
          ? `${k.name} formula ${old.formula} → ${k.formula}`
          : `${k.name} definition edited`,
      );
    }
  }
  for (const k of before.customKpis) {
    if (!after.customKpis.some((x) => x.key === k.key)) {
      lines.push({
        kind: 'removed',
        area: 'Custom KPIs',
        text: `Removed the definition of ${k.name}`,
      });
    }
  }

  if (!same(before.peerGroup, after.peerGroup)) {
    changed(
      'Peer groups',
      `Peers compared by ${list(before.peerGroup)} → ${list(after.peerGroup)}`,
    );
  }
  if (before.missingData.policy !== after.missingData.policy) {
    changed(
      'Missing data',
      `Missing data: ${before.missingData.policy} → ${after.missingData.policy}`,
    );
  }
  if (before.missingData.minCoverage !== after.missingData.minCoverage) {
    changed(
      'Missing data',
      `Low-coverage flag below ${pct(before.missingData.minCoverage)} → ${pct(after.missingData.minCoverage)}`,
    );
  }
  diffTiers(before.tiers, after.tiers, kpiName, lines);
  diffRecords(before.segments, after.segments, (key, a, b) =>
    lines.push(lineFor(a, b, 'Segments', `Segment rule ${key}`)),
  );
  diffNamed(before.profiles, after.profiles, 'Weight profiles', 'profile', lines);
  diffRecords(before.trend, after.trend, (key, a, b) =>
    lines.push(lineFor(a, b, 'Trend', `Trend rule ${key}`)),
  );
  return lines;
}

function diffTiers(
  before: TierRule[],
  after: TierRule[],
  kpiName: (k: string) => string,
  lines: DiffLine[],
) {
  const gates = (t: TierRule) =>
    t.gates.map((g) => `${kpiName(g.kpi)} ${g.op === 'gte' ? '≥' : '≤'} ${g.value}`).join(', ') ||
    'no gates';
  for (const t of after) {
    const old = before.find((x) => x.name === t.name);
    if (!old) {
      lines.push({
        kind: 'added',
        area: 'Tiers',
        text: `Added tier ${t.name} from ${t.minScore} (${gates(t)})`,
      });
      continue;
    }
    if (old.minScore !== t.minScore) {
      lines.push({
        kind: 'changed',
        area: 'Tiers',
        text: `${t.name} threshold ${old.minScore} → ${t.minScore}`,
      });
    }
    if (gates(old) !== gates(t)) {
      lines.push({
        kind: 'changed',
        area: 'Tiers',
        text: `${t.name} gates: ${gates(old)} → ${gates(t)}`,
      });
    }
  }
  for (const t of before) {
    if (!after.some((x) => x.name === t.name))
      lines.push({ kind: 'removed', area: 'Tiers', text: `Removed tier ${t.name}` });
  }
}

function diffNamed<T extends { name: string }>(
  before: T[],
  after: T[],
  area: string,
  noun: string,
  lines: DiffLine[],
) {
  for (const item of after) {
    const old = before.find((x) => x.name === item.name);
    if (!old) lines.push({ kind: 'added', area, text: `Added ${noun} ${item.name}` });
    else if (canonicalJson(old) !== canonicalJson(item))
      lines.push({ kind: 'changed', area, text: `Changed ${noun} ${item.name}` });
  }
  for (const item of before) {
    if (!after.some((x) => x.name === item.name))
      lines.push({ kind: 'removed', area, text: `Removed ${noun} ${item.name}` });
  }
}

function diffRecords(
  before: object,
  after: object,
  emit: (key: string, a: unknown, b: unknown) => void,
) {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (canonicalJson(a[key]) !== canonicalJson(b[key])) emit(key, a[key], b[key]);
  }
}

function lineFor(a: unknown, b: unknown, area: string, label: string): DiffLine {
  if (a === undefined) return { kind: 'added', area, text: `${label} set to ${show(b)}` };
  if (b === undefined) return { kind: 'removed', area, text: `${label} removed (was ${show(a)})` };
  return { kind: 'changed', area, text: `${label} ${show(a)} → ${show(b)}` };
}

function show(v: unknown): string {
  return Array.isArray(v) ? list(v as string[]) : String(v);
}

function list(items: readonly string[]): string {
  return items.length ? items.join(', ') : 'nothing';
}

function pct(x: number): string {
  return `${Math.round(x * 100)} %`;
}

/** "Commercial (geometric) > Revenue, Pipeline; Enablement" */
function describeGroups(def: MethodologyDefinition): string {
  if (!def.groups) return `by ${def.grouping}`;
  return def.groups
    .map((g) => {
      const agg = g.aggregation ? ` (${describePrep(g.aggregation)})` : '';
      return `${g.label ?? g.key}${agg}${g.parent ? ` in ${g.parent}` : ''}`;
    })
    .join(', ');
}

/** One KPI preparation or aggregation rule in words ('none' when absent). */
function describePrep(value: unknown): string {
  if (value === undefined || value === null) return 'none';
  if (typeof value === 'string') return value;
  const v = value as { kind?: string; p?: number; measure?: string; attribute?: string };
  if (v.kind === 'power') return `power mean p = ${v.p}`;
  if (v.kind === 'measure') return `per ${v.measure}`;
  if (v.kind === 'attribute') return `per ${v.attribute}`;
  return (v.kind ?? canonicalJson(value)).replace(/_/g, ' ');
}
