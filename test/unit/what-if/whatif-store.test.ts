import { beforeEach, describe, expect, it } from 'vitest';
import type { MethodologyDefinition } from '../../../src/shared/api';
import { methodologyDefinitionSchema } from '../../../src/shared/api/scoring-methodology';
import {
  useWhatIfStore,
  type WhatIfEdit,
} from '../../../src/renderer/src/pages/what-if/whatif-store';

const definition: MethodologyDefinition = methodologyDefinitionSchema.parse({
  groupWeights: { revenue: 60, pipeline: 40 },
  kpis: [
    { kpi: 'revenue', weight: 1, normaliser: { kind: 'percentile' } },
    { kpi: 'win_rate', weight: 1, normaliser: { kind: 'percentile' } },
  ],
  tiers: [
    { name: 'Silver', minScore: 0 },
    { name: 'Gold', minScore: 60 },
  ],
});

const revenueTo = (w: number) => (s: WhatIfEdit) => ({
  ...s,
  definition: { ...s.definition, groupWeights: { ...s.definition.groupWeights, revenue: w } },
});

const store = () => useWhatIfStore.getState();
const revenue = () => store().history!.current.definition.groupWeights.revenue;

describe('the what-if store', () => {
  beforeEach(() => store().load(`test-${Math.random()}`, definition));

  it('counts every change on screen as a new input, and one drag as one undo step', () => {
    const seq = store().inputSeq;
    store().preview(revenueTo(65));
    store().preview(revenueTo(70));
    expect(store().inputSeq).toBe(seq + 2);
    store().commit();
    expect(store().history!.past).toHaveLength(1);
    store().undo();
    expect(revenue()).toBe(60);
    store().redo();
    expect(revenue()).toBe(70);
    expect(store().inputSeq).toBe(seq + 4);
  });

  it('previews apply to the last recorded state, so a drag never compounds', () => {
    store().edit(revenueTo(50));
    store().preview((s) => revenueTo(s.definition.groupWeights.revenue! + 5)(s));
    store().preview((s) => revenueTo(s.definition.groupWeights.revenue! + 5)(s));
    expect(revenue()).toBe(55);
  });

  it('resets to the baseline as an undoable step', () => {
    store().edit(revenueTo(80));
    store().resetToBaseline();
    expect(revenue()).toBe(60);
    store().undo();
    expect(revenue()).toBe(80);
  });

  it('loads a saved scenario and knows when it has unsaved changes', () => {
    const saved = { ...definition, groupWeights: { revenue: 30, pipeline: 70 } };
    store().loadScenario({
      id: 7,
      name: 'Pipeline first',
      note: '',
      baseline: { methodologyId: 1 },
      methodologyName: 'Partner Health v1',
      baseVersion: 1,
      scope: null,
      createdAt: '',
      updatedAt: '',
      publishedVersion: null,
      definition: saved,
    });
    expect(store().loaded?.name).toBe('Pipeline first');
    expect(revenue()).toBe(30);
    store().forgetScenario(7);
    expect(store().loaded).toBeNull();
  });

  it('does not reload the same baseline (edits survive a visit elsewhere)', () => {
    store().load('same', definition);
    store().edit(revenueTo(90));
    store().load('same', definition);
    expect(revenue()).toBe(90);
  });
});
