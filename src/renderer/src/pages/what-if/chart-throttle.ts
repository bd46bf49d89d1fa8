/** Charts redraw at most this often while answers stream in (a slider drag); tables at once. */
export const CHART_THROTTLE_MS = 120;
