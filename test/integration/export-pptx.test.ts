/**
 * The PPTX QBR deck opens as a zip of well-formed XML: seven slides (title, agenda, summary,
 * trends, benchmarks, highlights, actions), native charts, editable text, and nothing about any
 * other partner.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportWorld, type ExportWorld } from './export-fixtures';

let world: ExportWorld;
let partners: { external_id: string; name: string }[];

beforeAll(() => {
  world = exportWorld({ partners: 50, quarters: 6, seed: 21 });
  partners = world.ws.sqlite
    .prepare('SELECT external_id, name FROM partners ORDER BY id')
    .all() as typeof partners;
});
afterAll(() => world.close());

const unzipList = (file: string) =>
  execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');
// unzip reads [ ] in a name as a wildcard: escape them.
const unzipText = (file: string, entry: string) =>
  execFileSync('unzip', ['-p', file, entry.replace(/[[\]]/g, '\\$&')], { encoding: 'utf8' });
const texts = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!).join(' ');

/** Well-formed enough for any XML reader: one root, every element closed in order. */
function checkWellFormed(xml: string, name: string): void {
  const body = xml.replace(/<\?xml[^>]*\?>/, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const stack: string[] = [];
  let roots = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, close, tag, selfClose] = m;
    if (close) {
      expect(stack.pop(), `${name}: </${tag}>`).toBe(tag);
    } else if (!selfClose) {
      if (stack.length === 0) roots++;
      stack.push(tag!);
    } else if (stack.length === 0) roots++;
  }
  expect(stack, name).toEqual([]);
  expect(roots, name).toBe(1);
}

describe('PPTX QBR deck', () => {
  it('holds the QBR in seven slides with native charts and editable text, partner-safe', async () => {
    const me = partners[2]!;
    const period = (await world.api('qbr.get', { partner: me.external_id })).review.periodKey;
    await world.api('qbr.save', {
      partner: me.external_id,
      period,
      agenda: ['Results against plan', 'Next steps'],
      highlights: [
        { kind: 'improvement', text: 'Pipeline doubled since Q1.', internal: false },
        { kind: 'risk', text: 'Internal: watch the MDF claims.', internal: true },
      ],
      notes: 'Do not forward.',
    });
    await world.api('qbr.addAction', {
      partner: me.external_id,
      period,
      title: 'Certify two engineers',
      owner: 'Dana',
      dueDate: '2030-03-31',
      successCriterion: 'Certifications ≥ 4',
    });
    const file = join(world.dir, 'deck.pptx');
    const result = await world.api('export.qbrDeck', {
      partner: me.external_id,
      period,
      outFile: file,
    });
    expect(result).toMatchObject({ path: file, count: 7, base64: null });

    const entries = unzipList(file);
    expect(entries).toContain('[Content_Types].xml');
    expect(entries).toContain('ppt/presentation.xml');
    const slides = entries.filter((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e));
    expect(slides).toHaveLength(7);
    const charts = entries.filter((e) => /^ppt\/charts\/chart\d+\.xml$/.test(e));
    expect(charts.length).toBeGreaterThanOrEqual(3);
    const chartXml = charts.map((c) => unzipText(file, c)).join('\n');
    expect(chartXml).toContain('<c:lineChart>');
    expect(chartXml).toContain('<c:barChart>');

    const all = entries.filter((e) => e.endsWith('.xml') || e.endsWith('.rels'));
    for (const entry of all) checkWellFormed(unzipText(file, entry), entry);

    const slideText = slides
      .sort((a, b) => Number(/(\d+)/.exec(a)![1]) - Number(/(\d+)/.exec(b)![1]))
      .map((s) => texts(unzipText(file, s)));
    expect(slideText[0]).toContain(me.name);
    expect(slideText[0]).toContain('Quarterly business review');
    expect(slideText[1]).toContain('Results against plan');
    expect(slideText[2]).toContain('Scorecard summary');
    expect(slideText[3]).toContain('Trends');
    expect(slideText[4]).toContain('Benchmarks');
    expect(slideText[5]).toContain('Pipeline doubled since Q1.');
    expect(slideText[6]).toContain('Certify two engineers');
    const everything = all.map((e) => unzipText(file, e)).join('\n');
    expect(everything).not.toContain('watch the MDF claims');
    expect(everything).not.toContain('Do not forward');
    for (const other of partners) {
      if (other.external_id === me.external_id || me.name.includes(other.name)) continue;
      expect(everything).not.toContain(other.name.replace(/&/g, '&amp;'));
      expect(everything).not.toContain(other.external_id);
    }
  });

  it('returns the deck inline when no file is given', async () => {
    const result = await world.api('export.qbrDeck', { partner: partners[0]!.external_id });
    expect(result.path).toBeNull();
    expect(result.fileName).toMatch(/^P-000001-.*-QBR-\d{4}-Q\d\.pptx$/);
    expect(Buffer.from(result.base64!, 'base64').subarray(0, 2).toString()).toBe('PK');
    await expect(
      world.api('export.qbrDeck', {
        partner: partners[0]!.external_id,
        outFile: join(world.dir, 'deck.pdf'),
      }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(
      world.api('export.qbrDeck', { partner: partners[0]!.external_id, outFile: 'relative.pptx' }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});
