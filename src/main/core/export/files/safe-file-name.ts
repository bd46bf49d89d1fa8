/**
 * File names that are safe on Windows, macOS and Linux: ASCII letters, digits, dot, dash and
 * underscore only (accents folded, everything else a dash), no reserved device names, at most
 * 120 characters, and unique within a folder regardless of case.
 */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

export function safeFileStem(text: string, max = 120): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, max)
    .replace(/[-.]+$/g, '');
  const stem = ascii || 'file';
  return RESERVED.test(stem) ? `_${stem}` : stem;
}

/** `stem.ext`, or `stem-2.ext`, `stem-3.ext`… when the name is taken; records the name. */
export function uniqueFileName(stem: string, ext: string, taken: Set<string>): string {
  for (let i = 1; ; i++) {
    const name = `${stem}${i === 1 ? '' : `-${i}`}.${ext}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

export function scorecardStem(externalId: string, name: string, periodKey: string): string {
  return safeFileStem(`${externalId} ${name.slice(0, 60)} ${periodKey}`);
}
