/** Small line icons for the navigation, drawn inline (no icon library is bundled). */
import type { ReactNode } from 'react';
import type { SectionKey } from '../app/sections';

type IconKey = SectionKey | 'workspaces';

const PATHS: Record<IconKey, ReactNode> = {
  portfolio: (
    <>
      <rect x="3" y="3" width="7" height="7" rx="1" />
      <rect x="14" y="3" width="7" height="7" rx="1" />
      <rect x="3" y="14" width="7" height="7" rx="1" />
      <rect x="14" y="14" width="7" height="7" rx="1" />
    </>
  ),
  partner: (
    <>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c0-4 3.6-7 8-7s8 3 8 7" />
    </>
  ),
  benchmarks: <path d="M4 20V10M10 20V4M16 20v-7M22 20H2" />,
  risks: <path d="M12 3l9 16H3zM12 10v4M12 17h.01" />,
  'what-if': (
    <>
      <path d="M4 7h16M4 17h16" />
      <circle cx="9" cy="7" r="2.5" />
      <circle cx="15" cy="17" r="2.5" />
    </>
  ),
  qbr: (
    <>
      <rect x="3" y="4" width="18" height="12" rx="1" />
      <path d="M12 16v4M8 20h8M7 12l3-3 2 2 4-4" />
    </>
  ),
  investment: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M15 9.5c-.5-1-1.6-1.5-3-1.5-1.7 0-3 .9-3 2s1.3 1.7 3 2 3 .9 3 2-1.3 2-3 2c-1.4 0-2.5-.5-3-1.5M12 6v2M12 16v2" />
    </>
  ),
  actions: <path d="M4 6l2 2 3-3M4 13l2 2 3-3M12 7h8M12 14h8M12 20h8" />,
  disputes: (
    <>
      <path d="M4 5h16v10H9l-5 4z" />
      <path d="M12 8v3M12 13h.01" />
    </>
  ),
  digest: (
    <>
      <path d="M6 3h9l4 4v14H6z" />
      <path d="M9 11h7M9 15h7M9 19h4" />
    </>
  ),
  improvement: <path d="M20 12a8 8 0 1 1-2.3-5.7M20 4v4h-4M8 13l3 3 5-6" />,
  methodology: <path d="M4 6h10M4 12h16M4 18h7M17 4v4M20 16v4M11 10v4" />,
  data: (
    <>
      <ellipse cx="12" cy="5" rx="8" ry="3" />
      <path d="M4 5v14c0 1.7 3.6 3 8 3s8-1.3 8-3V5M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3" />
    </>
  ),
  workspaces: (
    <path d="M3 6a1 1 0 0 1 1-1h5l2 2h9a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1z" />
  ),
};

export function SectionIcon({ name }: { name: IconKey }) {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
