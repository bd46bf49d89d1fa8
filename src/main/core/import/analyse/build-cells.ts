/**
 * All cells an import writes: transaction roll-ups (one per measure and grain, rows of every
 * file together) and pre-aggregated cells (a later duplicate of the same cell is rejected; a
 * given cell that a roll-up also produced wins, with a warning).
 */
import type { ImportGrain, RollupRule } from '../../../../shared/api/import';
import type { PeriodDef } from '../../workspace/periods';
import type { KpiFinal } from './finish-kpi';
import type { TxFinal } from './finish-transactions';
import type { IssueCollector } from './issues';
import type { PlannedValue } from './plan';
import { rollup, RollupContext, type RollupInput } from './rollup';

export interface BuiltCells {
  values: PlannedValue[];
  periods: Map<string, PeriodDef>;
  blocking: string[];
}

export function buildCells(
  txFinals: TxFinal[],
  kpiFinals: KpiFinal[],
  grains: ImportGrain[],
  fyStart: number,
  issues: IssueCollector,
  partnerKeys: string[],
): BuiltCells {
  const cells = new Map<string, PlannedValue>();
  const periods = new Map<string, PeriodDef>();
  const blocking: string[] = [];
  const byMeasure = new Map<
    string,
    { rule: RollupRule; inputs: RollupInput[]; files: string[]; label: string }
  >();
  const fileNames = new Map<number, string>();
  for (const final of txFinals) {
    for (const m of final.measures) {
      const key = m.slot.rule.measure;
      fileNames.set(final.file.ctx.fileIdx, final.file.ctx.fileName);
      const group = byMeasure.get(key) ?? {
        rule: m.slot.rule.rule,
        inputs: [],
        files: [],
        label: m.slot.label,
      };
      if (group.rule !== m.slot.rule.rule) {
        blocking.push(
          `Measure ${key} is rolled up with "${group.rule}" in ${group.files[0]} but with "${m.slot.rule.rule}" in ${final.file.ctx.fileName}; use one rule.`,
        );
        continue;
      }
      group.inputs.push({
        fileIdx: final.file.ctx.fileIdx,
        rows: final.file.rows.view(),
        partner: final.partner,
        dates: m.dates,
        values: m.values,
      });
      group.files.push(final.file.ctx.fileName);
      byMeasure.set(key, group);
    }
  }
  const context = new RollupContext(fyStart);
  const overflow: string[] = [];
  let overflowCount = 0;
  for (const [measure, group] of byMeasure) {
    for (const grain of grains) {
      for (const cell of rollup(group.rule, group.inputs, grain, context)) {
        if (!Number.isFinite(cell.value)) {
          const source = cell.sources[0];
          const file = fileNames.get(source?.fileIdx ?? -1) ?? group.files[0] ?? '';
          const rows = source?.rows ?? '';
          const what = `the ${group.rule} of ${measure} for ${partnerKeys[cell.partner]} in ${cell.period.key}`;
          issues.error(
            'too-large',
            file,
            Number.parseInt(rows, 10) || 0,
            group.label,
            String(cell.value),
            `${what} (rows ${rows}) is beyond the largest number a value can hold (about 1.8e308)`,
          );
          if (overflow.length < 3)
            overflow.push(`${what} in ${file}, rows ${rows} of column ${group.label}`);
          overflowCount++;
          continue;
        }
        periods.set(cell.period.key, cell.period);
        cells.set(`value\u0001${measure}\u0001${cell.period.key}\u0001${cell.partner}`, {
          target: 'value',
          measure,
          period: cell.period.key,
          partner: cell.partner,
          value: cell.value,
          sources: cell.sources,
        });
      }
    }
  }
  if (overflowCount > 0)
    blocking.push(
      `${overflowCount} rolled-up value${overflowCount === 1 ? ' is' : 's are'} too large to store, e.g. ${overflow.join('; ')}; check the values and their units.`,
    );
  // Pre-aggregated cells: first find duplicates, then add the cells of rows that survive.
  const givenAt = new Map<string, string>();
  for (const final of kpiFinals) {
    const name = final.file.ctx.fileName;
    for (const c of final.cells) {
      const key = `${c.target}\u0001${c.measure}\u0001${c.period.key}\u0001${c.partner}`;
      const first = givenAt.get(key);
      if (first !== undefined) {
        issues.error(
          'duplicate',
          name,
          c.row,
          final.file.partnerLabel,
          partnerKeys[c.partner]!,
          `${c.measure} for ${partnerKeys[c.partner]} in ${c.period.key} was already given (${first})`,
        );
        final.rejectedRows.add(c.row);
      } else {
        givenAt.set(key, `${name} row ${c.row}`);
      }
    }
  }
  for (const final of kpiFinals) {
    const name = final.file.ctx.fileName;
    for (const c of final.cells) {
      if (final.rejectedRows.has(c.row)) continue;
      const key = `${c.target}\u0001${c.measure}\u0001${c.period.key}\u0001${c.partner}`;
      if (cells.has(key) && c.target === 'value') {
        issues.warning(
          'conflict',
          name,
          c.row,
          final.file.partnerLabel,
          partnerKeys[c.partner]!,
          `${c.measure} for ${partnerKeys[c.partner]} in ${c.period.key} is also rolled up from transactions; this file's value is used`,
        );
      }
      periods.set(c.period.key, c.period);
      cells.set(key, {
        target: c.target,
        measure: c.measure,
        period: c.period.key,
        partner: c.partner,
        value: c.value,
        sources: [
          { fileIdx: final.file.ctx.fileIdx, rule: 'given', rowCount: 1, rows: String(c.row) },
        ],
      });
    }
  }
  return { values: [...cells.values()], periods, blocking };
}
