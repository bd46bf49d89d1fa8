import { createHashRouter, Navigate } from 'react-router';
import { AppLayout } from '../layout/AppLayout';
import { DataOverviewPage } from '../pages/DataOverviewPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { PlaceholderPage } from '../pages/PlaceholderPage';
import { WorkspacesPage } from '../pages/WorkspacesPage';
import { DEFAULT_PATH, SECTIONS, WORKSPACES_PATH } from './sections';

/**
 * Hash routes (`#/data`, `#/partners/P-0001`) work the same in the browser host and in Electron's
 * file:// page, and deep links survive a reload.
 */
export function createAppRouter() {
  const placeholders = SECTIONS.filter((s) => !s.built).map((s) => ({
    path: s.path,
    element: <PlaceholderPage key={s.key} sectionKey={s.key} />,
  }));
  return createHashRouter([
    {
      path: '/',
      element: <AppLayout />,
      children: [
        { index: true, element: <Navigate to={DEFAULT_PATH} replace /> },
        { path: DEFAULT_PATH, element: <DataOverviewPage /> },
        { path: WORKSPACES_PATH, element: <WorkspacesPage /> },
        ...placeholders,
        { path: '/partners/:partnerId', element: <PlaceholderPage sectionKey="partner" /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
