/**
 * The digest end to end: Markdown, and PDF printed by Chromium from the print layout, read back
 * with pdftotext. The partner variant must name no other partner and show none of their figures;
 * the program variant (same data) does name other partners, so the check can fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDisputeDemo } from '../../src/main/core/demo/dispute-demo';
import { exportWorld, pdfInfo, pdfText, type ExportWorld } from './export-fixtures';

let world: ExportWorld;
let partners: { externalId: string; name: string; region: string }[];
let subject: { externalId: string; name: string };

function others(of: { externalId: string; name: string }) {
  // A name contained in the partner's own name ("Acorn Tech" in "Acorn Tech B.V.") cannot be told apart.
  return partners.filter((p) => p.externalId !== of.externalId && !of.name.includes(p.name));
}

beforeAll(async () => {
  world = exportWorld({ partners: 60, quarters: 4, seed: 23, printer: true });
  generateDisputeDemo(world.ws, 23);
  partners = world.ws.sqlite
    .prepare('SELECT external_id AS externalId, name, region FROM partners ORDER BY id')
    .all() as typeof partners;
  // The demo's resolved dispute is about this partner; every partner also gets an action.
  const disputed = world.ws.sqlite
    .prepare(
      'SELECT p.external_id AS externalId, p.name FROM disputes d JOIN partners p ON p.id = d.partner_id ORDER BY d.id LIMIT 1',
    )
    .get() as { externalId: string; name: string };
  subject = disputed;
  const today = new Date().toISOString().slice(0, 10);
  for (const p of partners) {
    await world.api('qbr.addAction', {
      partner: p.externalId,
      title: `Joint pipeline review with ${p.name}`,
      owner: 'Channel lead',
      dueDate: today,
    });
  }
}, 60_000);
afterAll(() => world.close());

describe('digest', () => {
  it('partner variant (PDF and Markdown) names no other partner', async () => {
    const pdf = join(world.dir, 'partner.pdf');
    const file = await world.api('digest.export', {
      partner: subject.externalId,
      format: 'pdf',
      outFile: pdf,
    });
    expect(file.count).toBe(Number(pdfInfo(pdf).Pages));
    const text = pdfText(pdf);
    expect(text).toContain(subject.name);
    expect(text).toContain('Prepared for the partner');
    expect(text).toContain('Disputes and corrections');
    expect(text).toContain(`Joint pipeline review with ${subject.name}`);
    const md = join(world.dir, 'partner.md');
    await world.api('digest.export', { partner: subject.externalId, format: 'md', outFile: md });
    const markdown = readFileSync(md, 'utf8').replace(/\s+/g, ' ');
    for (const other of others(subject)) {
      expect(text).not.toContain(other.name);
      expect(text).not.toContain(other.externalId);
      expect(markdown).not.toContain(other.name);
      expect(markdown).not.toContain(other.externalId);
    }
    // No count or figure of the program either: the partner count is the partner itself.
    const data = await world.api('digest.build', { partner: subject.externalId });
    expect(data.partnerSafe).toBe(true);
    expect(data.partners).toBe(1);
    expect(data.tierMoves).toEqual([]);
  }, 60_000);

  it('program variant names the partners whose tier moved; a region keeps to its partners', async () => {
    const pdf = join(world.dir, 'program.pdf');
    await world.api('digest.export', { format: 'pdf', outFile: pdf });
    const text = pdfText(pdf);
    const data = await world.api('digest.build', {});
    expect(data.tierMoves.length).toBeGreaterThan(0);
    for (const move of data.tierMoves) expect(text).toContain(move.externalId);
    expect(others(subject).some((p) => text.includes(p.name))).toBe(true);

    const region = partners[0]!.region;
    const regional = await world.api('digest.build', { region });
    const inRegion = new Set(partners.filter((p) => p.region === region).map((p) => p.externalId));
    expect(regional.partners).toBe(inRegion.size);
    for (const move of regional.tierMoves) expect(inRegion.has(move.externalId)).toBe(true);
    expect(regional.actionsOverdue.length + regional.actionsUpcoming.length).toBe(inRegion.size);
  }, 60_000);

  it('refuses two scopes at once and an unknown region, naming the known ones', async () => {
    await expect(
      world.api('digest.build', { region: 'EMEA', partner: subject.externalId }),
    ).rejects.toThrow(/at most one/);
    await expect(world.api('digest.build', { region: 'Atlantis' })).rejects.toThrow(
      /No partner has the region "Atlantis"; known: /,
    );
  });
});
