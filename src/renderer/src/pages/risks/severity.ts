/** Colours with a meaning: high risk red, medium orange, information blue. */
export const SEVERITY_COLOR = { high: 'red', medium: 'orange', info: 'blue' } as const;
export const SEVERITY_LABEL = { high: 'High', medium: 'Medium', info: 'Info' } as const;

/**
 * Badges in table cells and cards keep their whole label instead of an ellipsis ("MEDI…"): a
 * badge's label clips its overflow, so without a minimum width a table column shrinks it.
 */
export const NO_SHRINK = { minWidth: 'max-content', flexShrink: 0 } as const;
