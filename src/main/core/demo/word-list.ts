/** A comma-separated word list written as a block of text (compact and easy to extend). */
export function list(text: string): readonly string[] {
  return text
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}
