/**
 * The partner's PDF scorecard shows its own MDF allocation and nothing of any other partner's:
 * printed with Chromium, read back with pdftotext. Needs the renderer build and Chromium.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateMdfDemo } from '../../src/main/core/demo/mdf-demo';
import { exportWorld, pdfText, type ExportWorld } from './export-fixtures';

let world: ExportWorld;

beforeAll(() => {
  world = exportWorld({ partners: 60, quarters: 6, seed: 11, printer: true });
  generateMdfDemo(world.ws, 11);
});
afterAll(() => world.close());

const money = (cents: number) =>
  new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
  }).format(cents / 100);

describe('MDF on the partner scorecard', () => {
  it('shows the own allocation only', async () => {
    const plan = await world.api('mdf.plans', {});
    const latest = plan.find((p) => p.period === '2026-Q3')!;
    const detail = await world.api('mdf.plan', { id: latest.id });
    const funded = detail.proposal.rows.filter((r) => r.amountCents > 0);
    const me = funded[2]!;
    const card = await world.api('export.scorecard', { partner: me.externalId });
    expect(card.mdf).toHaveLength(1);
    expect(card.mdf[0]!.allocatedCents).toBe(me.amountCents);
    expect(JSON.stringify(card.mdf)).not.toMatch(/budget|MDF 2026/);

    const out = join(world.dir, 'mdf.pdf');
    await world.api('export.scorecardPdf', { partner: me.externalId, outFile: out });
    const text = pdfText(out);
    expect(text).toContain('Market development funds');
    expect(text).toContain(money(me.amountCents));
    const own = new Set(
      [
        card.mdf[0]!.allocatedCents,
        card.mdf[0]!.usedCents,
        card.mdf[0]!.paidCents,
        card.mdf[0]!.remainingCents,
        card.mdf[0]!.coFundingCents,
      ].map(money),
    );
    for (const other of detail.proposal.rows) {
      if (other.partnerId === me.partnerId) continue;
      if (!me.name.includes(other.name)) expect(text).not.toContain(other.name);
      expect(text).not.toContain(other.externalId);
      if (other.amountCents > 0 && !own.has(money(other.amountCents)))
        expect(text).not.toContain(money(other.amountCents));
    }
    expect(text).not.toContain(money(detail.budgetCents));
    expect(text).not.toContain(latest.name);
  });
});
