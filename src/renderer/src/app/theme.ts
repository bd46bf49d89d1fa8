import { createTheme, localStorageColorSchemeManager } from '@mantine/core';

/** Dense and quiet: small radius, compact headings; colour is left for meaning. */
export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
  headings: {
    sizes: {
      h1: { fontSize: '1.5rem', lineHeight: '1.3' },
      h2: { fontSize: '1.125rem', lineHeight: '1.35' },
      h3: { fontSize: '1rem', lineHeight: '1.4' },
    },
  },
});

/** The light/dark choice survives restarts (Electron and browser alike). */
export const colorSchemeManager = localStorageColorSchemeManager({
  key: 'partnerscope.color-scheme',
});
