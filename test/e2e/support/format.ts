/** Numbers as the app shows them in the tests' browser locale (playwright.config: en-US). */
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatCount(value: number): string {
  return integer.format(value);
}
