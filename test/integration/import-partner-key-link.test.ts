/**
 * A fact file keyed by a reseller's surrogate key while the partner list's id column holds the
 * business key: the suggestion matches the facts on the partner column whose values overlap
 * theirs (shown with the other choices), and the import then finds every partner.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ImportHarness } from '../unit/import/helpers';

const N = 30;
const partners = [
  'Partner ID,Reseller Key,Partner Name,Region',
  ...Array.from(
    { length: N },
    (_, i) => `AW${String(600 + i).padStart(8, '0')},${600 + i},Reseller ${i},EMEA`,
  ),
].join('\n');
const sales = [
  'Reseller Key,Order Date,Sales Amount',
  ...Array.from({ length: N * 3 }, (_, i) => `${600 + (i % N)},2024-0${1 + (i % 6)}-15,${100 + i}`),
].join('\n');

describe('partner key link', () => {
  let h: ImportHarness | undefined;
  afterEach(() => {
    h?.close();
    h = undefined;
  });

  it('matches the facts on the overlapping partner column and finds every partner', async () => {
    h = await new ImportHarness().open();
    const a = await h.stage('resellers.csv', partners);
    const b = await h.stage('sales.csv', sales);
    const suggestion = await h.call('import.suggest', { fileIds: [a.fileId, b.fileId] });
    const facts = suggestion.mapping.files.findIndex((f) => f.kind !== 'partners');
    expect(facts).toBeGreaterThanOrEqual(0);
    const link = suggestion.links?.find((l) => l.fileIndex === facts);
    expect(link).toBeDefined();
    expect(link!.match).toEqual({ attribute: expect.stringMatching(/reseller_key/) });
    expect(link!.options[0]!.hits).toBe(N);
    expect(link!.options.find((o) => o.match === 'externalId')?.hits ?? 0).toBe(0);
    expect(suggestion.notes.join(' ')).toMatch(/matched on attribute/);

    const report = await h.call('import.analyse', {
      fileIds: [a.fileId, b.fileId],
      mapping: suggestion.mapping,
    });
    expect(report.issues.filter((i) => i.code === 'unknown-partner')).toEqual([]);
    await h.call('import.commit', { analysisId: report.analysisId });

    // Next quarter's sales alone: the keys are now found among the workspace's partners.
    const c = await h.stage('sales-q3.csv', sales.replaceAll('2024-0', '2025-0'));
    const next = await h.call('import.suggest', { fileIds: [c.fileId] });
    expect(next.links?.[0]?.match).toEqual({ attribute: expect.stringMatching(/reseller_key/) });
  });
});
