/** The Diagnostics page lists a hierarchy's groups each followed by its child groups, indented. */
import { describe, expect, it } from 'vitest';
import { groupsAsTree } from '../../../src/renderer/src/pages/methodology/diagnostics/groups-as-tree';

const group = (key: string, parent: string | null, groups: string[] = []) => ({
  key,
  label: key,
  kpis: [],
  parent,
  groups,
  alpha: null,
  alphaRows: 0,
  weightShare: 0,
  suggestedWeight: 0,
  correlation: null,
});

describe('groups as a tree', () => {
  it('puts each group under its parent with its depth', () => {
    const groups = [
      group('p1', 'c1'),
      group('c2', null, ['p3']),
      group('c1', null, ['p1', 'p2']),
      group('p2', 'c1'),
      group('p3', 'c2'),
    ];
    expect(groupsAsTree(groups).map(({ group: g, depth }) => `${depth}:${g.key}`)).toEqual([
      '0:c2',
      '1:p3',
      '0:c1',
      '1:p1',
      '1:p2',
    ]);
  });

  it('keeps a one-level methodology as it is', () => {
    const flat = [group('a', null), group('b', null)].map(({ parent: _p, groups: _g, ...g }) => g);
    expect(groupsAsTree(flat).map(({ group: g, depth }) => `${depth}:${g.key}`)).toEqual([
      '0:a',
      '0:b',
    ]);
  });
});
