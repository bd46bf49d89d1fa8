/** Chart colours and text of the print layout (light only: paper is white). */
export const INK = '#1f2328';
export const MUTED = '#5c636a';
export const GRID = '#e3e6e9';
export const OWN = '#1c6fd1';
export const PEER_BAND = '#dfe3e7';
export const PEER_MEDIAN = '#6b737b';
export const TARGET = '#868e96';

export const AXIS_TEXT = {
  color: MUTED,
  fontSize: 9,
  fontFamily: 'Liberation Sans, Arial, sans-serif',
};

/** Millimetres to CSS pixels (96 per inch), for charts sized to the printed column. */
export function mm(value: number): number {
  return Math.round((value * 96) / 25.4);
}
