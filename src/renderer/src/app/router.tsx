import type { ComponentType } from 'react';
import { createHashRouter, Navigate } from 'react-router';
import { AppLayout } from '../layout/AppLayout';
import { DataOverviewPage } from '../pages/DataOverviewPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { PartnerFinderPage } from '../pages/partner/PartnerFinderPage';
import { PartnerPage } from '../pages/partner/PartnerPage';
import { PortfolioPage } from '../pages/portfolio/PortfolioPage';
import { PrintIdlePage } from '../pages/print/PrintIdlePage';
import { WorkspacesPage } from '../pages/WorkspacesPage';
import { DEFAULT_PATH, WORKSPACES_PATH } from './sections';

/**
 * A page loaded when it is first opened: the Portfolio, a partner's page and the data overview are
 * in the first bundle; every other page is its own chunk (the print layouts too: the printer's
 * idle page loads them before the first scorecard is asked for), so a cold open parses and runs
 * less code before the Portfolio paints. Charts load their library when the first one is drawn.
 */
function page<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  return async () => ({ Component: (await load())[name] as ComponentType });
}

/**
 * Hash routes (`#/data`, `#/partners/P-0001`) work the same in the browser host and in Electron's
 * file:// page, and deep links survive a reload.
 */
export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <AppLayout />,
      children: [
        { index: true, element: <Navigate to={DEFAULT_PATH} replace /> },
        { path: DEFAULT_PATH, element: <DataOverviewPage /> },
        {
          path: '/data/import',
          lazy: page(() => import('../pages/import/ImportPage'), 'ImportPage'),
        },
        { path: WORKSPACES_PATH, element: <WorkspacesPage /> },
        { path: '/portfolio', element: <PortfolioPage /> },
        { path: '/partners', element: <PartnerFinderPage /> },
        { path: '/partners/:partnerId', element: <PartnerPage /> },
        {
          path: '/methodology',
          lazy: page(() => import('../pages/methodology/MethodologyPage'), 'MethodologyPage'),
        },
        {
          path: '/methodology/diagnostics',
          lazy: page(
            () => import('../pages/methodology/diagnostics/DiagnosticsPage'),
            'DiagnosticsPage',
          ),
        },
        { path: '/qbr', lazy: page(() => import('../pages/qbr/QbrIndexPage'), 'QbrIndexPage') },
        { path: '/qbr/:partnerId', lazy: page(() => import('../pages/qbr/QbrPage'), 'QbrPage') },
        {
          path: '/actions',
          lazy: page(() => import('../pages/actions/ActionsPage'), 'ActionsPage'),
        },
        {
          path: '/improvement',
          lazy: page(() => import('../pages/improvement/ImprovementPage'), 'ImprovementPage'),
        },
        {
          path: '/benchmarks',
          lazy: page(() => import('../pages/benchmarks/BenchmarksPage'), 'BenchmarksPage'),
        },
        { path: '/risks', lazy: page(() => import('../pages/risks/RisksPage'), 'RisksPage') },
        { path: '/what-if', lazy: page(() => import('../pages/what-if/WhatIfPage'), 'WhatIfPage') },
        {
          path: '/investment',
          lazy: page(() => import('../pages/investment/InvestmentPage'), 'InvestmentPage'),
        },
        {
          path: '/program-changes',
          lazy: page(
            () => import('../pages/program-changes/ProgramChangesPage'),
            'ProgramChangesPage',
          ),
        },
        {
          path: '/reviews',
          lazy: page(() => import('../pages/reviews/ReviewsPage'), 'ReviewsPage'),
        },
        { path: '/alerts', lazy: page(() => import('../pages/alerts/AlertsPage'), 'AlertsPage') },
        {
          path: '/disputes',
          lazy: page(() => import('../pages/disputes/DisputesPage'), 'DisputesPage'),
        },
        { path: '/digest', lazy: page(() => import('../pages/digest/DigestPage'), 'DigestPage') },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
    // The print layout has no app frame: it is the page a PDF is printed from.
    { path: '/print', element: <PrintIdlePage /> },
    {
      path: '/print/scorecard/:partnerId',
      lazy: page(() => import('../pages/print/ScorecardPrintPage'), 'ScorecardPrintPage'),
    },
    {
      path: '/print/digest',
      lazy: page(() => import('../pages/print/DigestPrintPage'), 'DigestPrintPage'),
    },
  ]);
}
