import { afterEach, describe, expect, it } from 'vitest';
import type { FileMapping } from '../../../src/shared/api/import';
import { STANDARD_MEASURES } from '../../../src/main/core/workspace/standard-measures';
import { ImportHarness } from './helpers';

let h: ImportHarness;
afterEach(() => h?.close());

const PARTNERS = 'Partner ID,Partner Name\nP1,Acme\nP2,Beta\n';
/** An LMS export: "Completed courses" and "Webinars" are not recognised from their headers. */
const LMS =
  'Partner ID,Quarter,Revenue,Completed courses,Webinars\nP1,2025-Q1,100,3,1\nP2,2025-Q1,200,5,2\n';

describe('import.measures (the measures a mapping can send a column to)', () => {
  it('lists the standard measures without a workspace', async () => {
    h = new ImportHarness();
    const list = await h.call('import.measures', {});
    expect(list.map((m) => m.key)).toEqual(STANDARD_MEASURES.map((m) => m.key));
    expect(list.every((m) => m.standard && m.values === 0)).toBe(true);
    expect(list.find((m) => m.key === 'trainings_completed')).toMatchObject({
      name: 'Trainings completed',
      unit: 'count',
    });
  });

  it('adds the workspace’s own measures after the standard ones, with their value counts', async () => {
    h = await new ImportHarness().open();
    await h.importFiles({ 'partners.csv': PARTNERS });
    const staged = await h.stage('lms.csv', LMS);
    const suggestion = await h.call('import.suggest', { fileIds: [staged.fileId] });
    const recognised = suggestion.mapping.files[0]!;
    // Revenue is recognised by its header; the other numeric columns become measures named after
    // them. The wizard sends the user's edited mapping.
    expect(recognised).toMatchObject({
      kind: 'kpi-wide',
      measures: [
        { measure: 'revenue' },
        { measure: 'completed_courses' },
        { measure: 'webinars', value: 'Webinars' },
      ],
    });
    if (recognised.kind !== 'kpi-wide') return;
    const edited: FileMapping = {
      ...recognised,
      measures: [
        { measure: 'revenue', value: 'Revenue' },
        { measure: 'trainings_completed', value: 'Completed courses' },
        { measure: 'webinars', value: 'Webinars' },
      ],
    };
    const report = await h.call('import.analyse', {
      fileIds: [staged.fileId],
      mapping: {
        ...suggestion.mapping,
        files: [edited],
        measures: [{ key: 'webinars', name: 'Webinars', unit: 'count', aggregation: 'sum' }],
      },
    });
    expect(report).toMatchObject({ rowsAccepted: 2, rowsRejected: 0, blocking: [] });
    expect(report.writes.measuresNew).toContain('webinars');
    await h.call('import.commit', { analysisId: report.analysisId });
    expect(h.values()).toEqual({
      'P1|2025-Q1|revenue': 100,
      'P1|2025-Q1|trainings_completed': 3,
      'P1|2025-Q1|webinars': 1,
      'P2|2025-Q1|revenue': 200,
      'P2|2025-Q1|trainings_completed': 5,
      'P2|2025-Q1|webinars': 2,
    });

    const list = await h.call('import.measures', {});
    expect(list.slice(0, STANDARD_MEASURES.length).every((m) => m.standard)).toBe(true);
    expect(list.at(-1)).toMatchObject({ key: 'webinars', name: 'Webinars', standard: false });
    expect(list.find((m) => m.key === 'webinars')?.values).toBe(2);
    expect(list.find((m) => m.key === 'trainings_completed')?.values).toBe(2);
    expect(list.find((m) => m.key === 'csat')?.values).toBe(0);
  });

  it('counts targets too, and takes a long table’s measure names as the wizard maps them', async () => {
    h = await new ImportHarness().open();
    await h.importFiles({ 'partners.csv': PARTNERS });
    const long =
      'Partner ID,Quarter,KPI,Goal\nP1,2025-Q1,Completed courses,6\nP2,2025-Q1,Revenue,900\n';
    const { report } = await h.importFiles(
      { 'goals.csv': long },
      {
        files: [
          {
            kind: 'targets-long',
            partner: 'Partner ID',
            partnerMatch: 'externalId',
            period: 'Quarter',
            measure: 'KPI',
            value: 'Goal',
            measureNames: { 'Completed courses': 'trainings_completed' },
          },
        ],
      },
    );
    expect(report.rowsRejected).toBe(0);
    expect(h.values('targets')).toEqual({
      'P1|2025-Q1|trainings_completed': 6,
      'P2|2025-Q1|revenue': 900,
    });
    const list = await h.call('import.measures', {});
    expect(list.find((m) => m.key === 'trainings_completed')?.values).toBe(1);
    expect(list.find((m) => m.key === 'revenue')?.values).toBe(1);
  });
});
