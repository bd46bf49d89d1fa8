import type { DiagnosticsResult } from '../../../../../shared/api';

/**
 * Groups in the order of their hierarchy (each followed by its child groups) with their depth; a
 * methodology without one keeps its order at depth 0.
 */
export function groupsAsTree(
  groups: DiagnosticsResult['groups'],
): { group: DiagnosticsResult['groups'][number]; depth: number }[] {
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const out: { group: DiagnosticsResult['groups'][number]; depth: number }[] = [];
  const visit = (g: DiagnosticsResult['groups'][number], depth: number) => {
    out.push({ group: g, depth });
    for (const child of g.groups ?? []) {
      const c = byKey.get(child);
      if (c) visit(c, depth + 1);
    }
  };
  for (const g of groups) if (!g.parent || !byKey.has(g.parent)) visit(g, 0);
  return out;
}
