/** Row numbers written compactly for lineage: `2-5,9,17-20`, cut after `limit` rows with `,…`. */
export function encodeRows(
  rows: ArrayLike<number>,
  from: number,
  to: number,
  truncated: boolean,
): string {
  const parts: string[] = [];
  let i = from;
  while (i < to) {
    const start = rows[i]!;
    let end = start;
    while (i + 1 < to && rows[i + 1] === end + 1) {
      i++;
      end++;
    }
    parts.push(start === end ? String(start) : `${start}-${end}`);
    i++;
  }
  if (truncated) parts.push('…');
  return parts.join(',');
}

/** The inverse, for tests and the lineage view (`…` is ignored). */
export function decodeRows(text: string): number[] {
  const out: number[] = [];
  for (const part of text.split(',')) {
    if (part === '' || part === '…') continue;
    const [a, b] = part.split('-').map(Number) as [number, number | undefined];
    for (let r = a; r <= (b ?? a); r++) out.push(r);
  }
  return out;
}
