/**
 * Reads the dates of one column. Each value's form is recognised on its own (ISO, YYYYMMDD,
 * Excel serial, spelled month, slash), since none of those overlap — except slash dates, whose
 * month/day order is decided from the whole column: a first part above 12 means D/M/Y, a second
 * part above 12 means M/D/Y, and a column where every value could be either is reported as
 * ambiguous rather than guessed.
 */
import type { DateFormat } from '../../../../shared/api/import';
import {
  parseExcelSerial,
  parseIso,
  parseMonthName,
  parseYyyymmdd,
  slashRaw,
  slashToCode,
} from './parse-date';

type Family = 'iso' | 'yyyymmdd' | 'excel' | 'text' | 'slash';

export interface DateResolution {
  /** How the column was read, for the report (`iso`, `mdy`, `dmy`, `excel`…, or `mixed: …`). */
  described: string;
  /** Set when slash dates could be either order and no format was given. */
  ambiguous: string | null;
}

export class DateColumn {
  private readonly seen: Record<Family, number> = {
    iso: 0,
    yyyymmdd: 0,
    excel: 0,
    text: 0,
    slash: 0,
  };
  private firstAbove12 = 0;
  private secondAbove12 = 0;
  private example = '';
  private order: 'mdy' | 'dmy' | null;
  /** True while slash values are stored raw, to be resolved by `resolve()`. */
  readonly deferred: boolean;

  constructor(
    readonly label: string,
    private readonly format: DateFormat,
  ) {
    this.order = format === 'mdy' || format === 'dmy' ? format : null;
    this.deferred = format === 'auto';
  }

  /**
   * A date code, or for deferred slash dates a negative raw code that `finalCode` resolves; NaN when the
   * text is not a date of an accepted form.
   */
  parse(text: string): number {
    const f = this.format;
    if (f === 'iso') return this.count('iso', parseIso(text));
    if (f === 'yyyymmdd') return this.count('yyyymmdd', parseYyyymmdd(text));
    if (f === 'excel') return this.count('excel', parseExcelSerial(text));
    if (f === 'mdy' || f === 'dmy') {
      const raw = slashRaw(text);
      return raw === raw
        ? this.count('slash', slashToCode(raw, f))
        : this.count('iso', parseIso(text));
    }
    const c = text.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      const iso = parseIso(text);
      if (iso === iso) return this.count('iso', iso);
      if (text.length === 8) {
        const ymd = parseYyyymmdd(text);
        if (ymd === ymd) return this.count('yyyymmdd', ymd);
      }
      const raw = slashRaw(text);
      if (raw === raw) {
        const a = Math.floor(raw / 100) % 100;
        const b = raw % 100;
        if (a > 12) this.firstAbove12++;
        if (b > 12) this.secondAbove12++;
        if (this.example === '' && a <= 12 && b <= 12 && a !== b) this.example = text;
        this.seen.slash++;
        // Negative marks a raw slash value for `finalCode`; real date codes are positive.
        return -raw;
      }
      const serial = parseExcelSerial(text);
      return serial === serial
        ? this.count('excel', serial)
        : this.count('text', parseMonthName(text));
    }
    return this.count('text', parseMonthName(text));
  }

  private count(family: Family, code: number): number {
    if (code === code) this.seen[family]++;
    return code;
  }

  /** Call once after every value was parsed and before `finalCode`. */
  resolve(fileName: string): DateResolution {
    let ambiguous: string | null = null;
    if (this.deferred && this.seen.slash > 0) {
      if (this.firstAbove12 > 0 || this.secondAbove12 > 0) {
        this.order = this.firstAbove12 >= this.secondAbove12 ? 'dmy' : 'mdy';
      } else {
        this.order = 'mdy';
        ambiguous =
          `${fileName}, column "${this.label}": every date could be read as month/day or day/month ` +
          `(e.g. ${this.example || 'values up to 12/12'}). Set "dateFormat" to "mdy" or "dmy" in the mapping ` +
          '(CLI: --date-format mdy|dmy).';
      }
    }
    const used = (Object.entries(this.seen) as [Family, number][]).filter(([, n]) => n > 0);
    const total = used.reduce((sum, [, n]) => sum + n, 0);
    const name = (f: Family) => (f === 'slash' ? (this.order ?? 'slash') : f);
    const described =
      used.length === 0
        ? 'none'
        : used.length === 1
          ? name(used[0]![0])
          : `mixed: ${used.map(([f, n]) => `${name(f)} ${Math.round((100 * n) / total)}%`).join(', ')}`;
    return { described, ambiguous };
  }

  /** The final date code of a value `parse` returned (NaN when it is not a real date). */
  finalCode(raw: number): number {
    return raw < 0 ? slashToCode(-raw, this.order ?? 'mdy') : raw;
  }
}
