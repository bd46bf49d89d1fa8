/**
 * One peer-group rule for every partner-facing figure: the Benchmarks page's Partner view
 * (`benchmark.partner` without a grouping) and the partner's scorecard (the PDF and the QBR read
 * `export.scorecard`) compare the partner with the same peer group and report the same medians.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDemoApi, type DemoApi } from '../helpers/demo-api';

let demo: DemoApi;
const api: DemoApi['api'] = (name, args) => demo.api(name, args);

beforeEach(() => {
  demo = openDemoApi({ partners: 120, quarters: 4, seed: 7 });
});
afterEach(() => demo.close());

describe('one peer group for the partner view and the scorecard', () => {
  it('reports the same group, sizes and medians for every KPI they both show', async () => {
    const table = await api('views.portfolio', {});
    for (const partner of table.externalId.slice(0, 5)) {
      const view = await api('benchmark.partner', { partner });
      const card = await api('export.scorecard', { partner });
      expect(view.ownGroup).toBe(card.peerGroup.label);
      let compared = 0;
      for (const kpi of card.kpis) {
        const c = view.comparisons.find((x) => x.kpi.key === kpi.key);
        if (!kpi.peer || !c?.peers) continue;
        compared += 1;
        expect(c.basis.partners, kpi.key).toBe(kpi.peer.size);
        expect(c.peers.median, kpi.key).toBe(kpi.peer.median);
        if (kpi.peer.broader) expect(c.basis.label).toBe(kpi.peer.broader);
        else expect(c.basis.label).toBe(card.peerGroup.label);
      }
      expect(compared).toBeGreaterThan(3);
    }
  });
});
