/**
 * Numbers as exports write them: `1234.5`, `1,234.50`, `$1,234`, `(120)` for a negative,
 * `120-` (SAP), `12%`, and with a decimal comma `1.234,50`. Returns NaN when it is not a number.
 * The fast path (`+text`) covers machine-written files; the slow path only runs on the rest.
 */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * Plain decimals (`-1234.56`) with at most 15 digits: the digits as one exact integer divided by
 * an exact power of ten, which IEEE division rounds correctly — the same double `Number()` gives,
 * several times faster. NaN when the text is anything else.
 */
function parsePlainDecimal(text: string): number {
  const n = text.length;
  let i = 0;
  let negative = false;
  let c = text.charCodeAt(0);
  if (c === 45) {
    negative = true;
    i = 1;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = -1;
  for (; i < n; i++) {
    c = text.charCodeAt(i) - 48;
    if (c >= 0 && c <= 9) {
      mantissa = mantissa * 10 + c;
      digits++;
      if (scale >= 0) scale++;
    } else if (c === -2 && scale < 0) {
      scale = 0;
    } else {
      return NaN;
    }
  }
  if (digits === 0 || digits > 15 || scale === 0) return NaN;
  const value = scale > 0 ? mantissa / POW10[scale]! : mantissa;
  return negative ? -value : value;
}

export function parseNumber(text: string, decimalComma = false): number {
  if (!decimalComma) {
    const plain = parsePlainDecimal(text);
    if (plain === plain) return plain;
    const fast = +text;
    if (fast === fast && text !== '' && fast !== Infinity && fast !== -Infinity) {
      const c = text.charCodeAt(0);
      // `+` accepts whitespace and 0x/0b prefixes; only trust it for plain digits and signs.
      if ((c >= 48 && c <= 57) || c === 45 || c === 46 || c === 43) {
        if (text.length < 2 || text.charCodeAt(1) !== 120) return fast;
      }
    }
  }
  return parseNumberSlow(text, decimalComma);
}

const CURRENCY = /[$€£¥₹\u00a0\s]|^(usd|eur|gbp|chf|cad|aud|jpy)|(usd|eur|gbp|chf|cad|aud|jpy)$/gi;

function parseNumberSlow(raw: string, decimalComma: boolean): number {
  let text = raw.trim();
  if (text === '') return NaN;
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1);
  }
  if (text.endsWith('-') && !text.startsWith('-')) {
    negative = !negative;
    text = text.slice(0, -1);
  }
  text = text.replace(CURRENCY, '');
  if (text.endsWith('%')) text = text.slice(0, -1);
  if (decimalComma) {
    if (!/^[-+]?[\d.']*(,\d*)?$/.test(text)) return NaN;
    text = text.replace(/[.']/g, '').replace(',', '.');
  } else {
    if (!/^[-+]?[\d,']*(\.\d*)?([eE][-+]?\d+)?$/.test(text)) return NaN;
    text = text.replace(/[,']/g, '');
  }
  if (text === '' || text === '-' || text === '+' || text === '.') return NaN;
  const n = Number(text);
  if (!Number.isFinite(n)) return NaN;
  return negative ? -n : n;
}

/** Whether most of `values` read as numbers with a decimal comma rather than a point. */
export function prefersDecimalComma(values: string[]): boolean {
  let comma = 0;
  let point = 0;
  for (const v of values) {
    const t = v.trim();
    if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(t) || /^-?\d+,\d{1,2}$/.test(t)) comma++;
    else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) || /^-?\d+\.\d+$/.test(t)) point++;
  }
  return comma > point;
}
