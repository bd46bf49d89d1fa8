import { createHashRouter, Navigate } from 'react-router';
import { AppLayout } from '../layout/AppLayout';
import { DataOverviewPage } from '../pages/DataOverviewPage';
import { ImportPage } from '../pages/import/ImportPage';
import { MethodologyPage } from '../pages/methodology/MethodologyPage';
import { DiagnosticsPage } from '../pages/methodology/diagnostics/DiagnosticsPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { PartnerFinderPage } from '../pages/partner/PartnerFinderPage';
import { PartnerPage } from '../pages/partner/PartnerPage';
import { PortfolioPage } from '../pages/portfolio/PortfolioPage';
import { PrintIdlePage } from '../pages/print/PrintIdlePage';
import { ScorecardPrintPage } from '../pages/print/ScorecardPrintPage';
import { ActionsPage } from '../pages/actions/ActionsPage';
import { ImprovementPage } from '../pages/improvement/ImprovementPage';
import { AlertsPage } from '../pages/alerts/AlertsPage';
import { BenchmarksPage } from '../pages/benchmarks/BenchmarksPage';
import { RisksPage } from '../pages/risks/RisksPage';
import { QbrIndexPage } from '../pages/qbr/QbrIndexPage';
import { QbrPage } from '../pages/qbr/QbrPage';
import { WhatIfPage } from '../pages/what-if/WhatIfPage';
import { InvestmentPage } from '../pages/investment/InvestmentPage';
import { ProgramChangesPage } from '../pages/program-changes/ProgramChangesPage';
import { ReviewsPage } from '../pages/reviews/ReviewsPage';
import { WorkspacesPage } from '../pages/WorkspacesPage';
import { DisputesPage } from '../pages/disputes/DisputesPage';
import { DigestPage } from '../pages/digest/DigestPage';
import { DigestPrintPage } from '../pages/print/DigestPrintPage';
import { DEFAULT_PATH, WORKSPACES_PATH } from './sections';

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
        { path: '/data/import', element: <ImportPage /> },
        { path: WORKSPACES_PATH, element: <WorkspacesPage /> },
        { path: '/portfolio', element: <PortfolioPage /> },
        { path: '/partners', element: <PartnerFinderPage /> },
        { path: '/partners/:partnerId', element: <PartnerPage /> },
        { path: '/methodology', element: <MethodologyPage /> },
        { path: '/methodology/diagnostics', element: <DiagnosticsPage /> },
        { path: '/qbr', element: <QbrIndexPage /> },
        { path: '/qbr/:partnerId', element: <QbrPage /> },
        { path: '/actions', element: <ActionsPage /> },
        { path: '/improvement', element: <ImprovementPage /> },
        { path: '/benchmarks', element: <BenchmarksPage /> },
        { path: '/risks', element: <RisksPage /> },
        { path: '/what-if', element: <WhatIfPage /> },
        { path: '/investment', element: <InvestmentPage /> },
        { path: '/program-changes', element: <ProgramChangesPage /> },
        { path: '/reviews', element: <ReviewsPage /> },
        { path: '/alerts', element: <AlertsPage /> },
        { path: '/disputes', element: <DisputesPage /> },
        { path: '/digest', element: <DigestPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
    // The print layout has no app frame: it is the page a PDF is printed from.
    { path: '/print', element: <PrintIdlePage /> },
    { path: '/print/scorecard/:partnerId', element: <ScorecardPrintPage /> },
    { path: '/print/digest', element: <DigestPrintPage /> },
  ]);
}
