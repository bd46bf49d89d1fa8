import { describe, expect, it } from 'vitest';
import {
  safeFileStem,
  scorecardStem,
  uniqueFileName,
} from '../../../src/main/core/export/files/safe-file-name';

describe('safe file names', () => {
  it('keep letters, digits, dot, dash and underscore, folding accents', () => {
    expect(scorecardStem('P-000001', 'Sequoiagrid Group Co., Ltd.', '2026-Q3')).toBe(
      'P-000001-Sequoiagrid-Group-Co.-Ltd.-2026-Q3',
    );
    expect(safeFileStem('Société Générale / Ümlaut: "x" <y> | z?*')).toBe(
      'Societe-Generale-Umlaut-x-y-z',
    );
    expect(safeFileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(safeFileStem('漢字')).toBe('file');
  });

  it('avoid reserved device names and stay short', () => {
    expect(safeFileStem('CON')).toBe('_CON');
    expect(safeFileStem('nul.txt')).toBe('_nul.txt');
    expect(safeFileStem('a'.repeat(500)).length).toBe(120);
  });

  it('are unique in a folder regardless of case', () => {
    const taken = new Set<string>(['index.csv']);
    expect(uniqueFileName('Acme', 'pdf', taken)).toBe('Acme.pdf');
    expect(uniqueFileName('ACME', 'pdf', taken)).toBe('ACME-2.pdf');
    expect(uniqueFileName('acme', 'pdf', taken)).toBe('acme-3.pdf');
    expect(uniqueFileName('index', 'csv', taken)).toBe('index-2.csv');
  });
});
