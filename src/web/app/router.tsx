import { createBrowserRouter } from 'react-router';
import { NotFoundPage } from '../shared/components/NotFoundPage.js';
import { RouteErrorPage } from '../shared/components/RouteErrorPage.js';
import { SiteLayout } from '../shared/layout/SiteLayout.js';
import { RequireSignIn } from '../modules/identity/components/RequireSignIn.js';
import { HomePage } from '../modules/portal/pages/HomePage.js';

// The home page ships in the first bundle; other pages load when first visited.
export const router = createBrowserRouter([
  {
    element: <SiteLayout />,
    children: [
      {
        // Errors of any page render here, inside the header and footer.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'login',
            lazy: async () => ({
              Component: (await import('../modules/identity/pages/LoginPage.js')).LoginPage,
            }),
          },
          {
            // 统一身份认证: a city's site asked Tongcheng to sign someone in.
            path: 'oidc/interaction/:uid',
            lazy: async () => ({
              Component: (await import('../modules/oidc/pages/AuthorizePage.js')).AuthorizePage,
            }),
          },
          {
            path: 'register',
            lazy: async () => ({
              Component: (await import('../modules/identity/pages/RegisterPage.js')).RegisterPage,
            }),
          },
          {
            path: 'items',
            lazy: async () => ({
              Component: (await import('../modules/catalog/pages/ItemListPage.js')).ItemListPage,
            }),
          },
          {
            path: 'items/:code',
            lazy: async () => ({
              Component: (await import('../modules/catalog/pages/ItemGuidePage.js')).ItemGuidePage,
            }),
          },
          {
            path: 'items/:code/comparison',
            lazy: async () => ({
              Component: (await import('../modules/catalog/pages/ItemComparisonPage.js')).ItemComparisonPage,
            }),
          },
          {
            path: 'conformance',
            lazy: async () => ({
              Component: (await import('../modules/catalog/pages/ConformancePage.js')).ConformancePage,
            }),
          },
          {
            // 同城化政务服务统计: public, and the charts load only here.
            path: 'statistics',
            lazy: async () => ({
              Component: (await import('../modules/statistics/pages/StatisticsPage.js')).StatisticsPage,
            }),
          },
          {
            element: <RequireSignIn />,
            children: [
              {
                path: 'items/:code/apply',
                lazy: async () => ({
                  Component: (await import('../modules/cases/pages/ApplyPage.js')).ApplyPage,
                }),
              },
              {
                path: 'cases/mine',
                lazy: async () => ({
                  Component: (await import('../modules/cases/pages/MyCasesPage.js')).MyCasesPage,
                }),
              },
              {
                path: 'cases/:id',
                lazy: async () => ({
                  Component: (await import('../modules/cases/pages/CaseDetailPage.js')).CaseDetailPage,
                }),
              },
              {
                path: 'me/data-access',
                lazy: async () => ({
                  Component: (await import('../modules/access-records/pages/DataAccessPage.js'))
                    .DataAccessPage,
                }),
              },
              {
                path: 'evaluations/mine',
                lazy: async () => ({
                  Component: (await import('../modules/evaluations/pages/MyEvaluationsPage.js'))
                    .MyEvaluationsPage,
                }),
              },
              {
                path: 'evaluations/visit',
                lazy: async () => ({
                  Component: (await import('../modules/evaluations/pages/VisitEvaluationPage.js'))
                    .VisitEvaluationPage,
                }),
              },
              {
                path: 'rectifications',
                lazy: async () => ({
                  Component: (await import('../modules/evaluations/pages/RectificationListPage.js'))
                    .RectificationListPage,
                }),
              },
              {
                path: 'rectifications/:id',
                lazy: async () => ({
                  Component: (await import('../modules/evaluations/pages/RectificationPage.js'))
                    .RectificationPage,
                }),
              },
              {
                path: 'office/appeals',
                lazy: async () => ({
                  Component: (await import('../modules/evaluations/pages/AppealsPage.js')).AppealsPage,
                }),
              },
              {
                path: 'notifications',
                lazy: async () => ({
                  Component: (await import('../modules/notifications/pages/NotificationsPage.js'))
                    .NotificationsPage,
                }),
              },
              {
                path: 'admin/catalog',
                lazy: async () => ({
                  Component: (await import('../modules/catalog/admin/CatalogAdminPage.js')).CatalogAdminPage,
                }),
              },
              {
                path: 'admin/catalog/import',
                lazy: async () => ({
                  Component: (await import('../modules/catalog/admin/CatalogImportPage.js'))
                    .CatalogImportPage,
                }),
              },
              {
                path: 'admin/catalog/:code',
                lazy: async () => ({
                  Component: (await import('../modules/catalog/admin/ImplementationAdminPage.js'))
                    .ImplementationAdminPage,
                }),
              },
              {
                path: 'admin/news',
                lazy: async () => ({
                  Component: (await import('../modules/portal/news-admin/NewsAdminPage.js')).NewsAdminPage,
                }),
              },
              {
                path: 'admin/news/new',
                lazy: async () => ({
                  Component: (await import('../modules/portal/news-admin/ArticleEditorPage.js'))
                    .ArticleEditorPage,
                }),
              },
              {
                path: 'admin/news/:id',
                lazy: async () => ({
                  Component: (await import('../modules/portal/news-admin/ArticleEditorPage.js'))
                    .ArticleEditorPage,
                }),
              },
              {
                path: 'window',
                lazy: async () => ({
                  Component: (await import('../modules/cases/window/WindowIntakePage.js')).WindowIntakePage,
                }),
              },
              {
                path: 'window/worklist',
                lazy: async () => ({
                  Component: (await import('../modules/cases/window/WindowWorklistPage.js'))
                    .WindowWorklistPage,
                }),
              },
              {
                path: 'admin/oidc',
                lazy: async () => ({
                  Component: (await import('../modules/oidc/admin/OidcAdminPage.js')).OidcAdminPage,
                }),
              },
              {
                path: 'staff/worklist',
                lazy: async () => ({
                  Component: (await import('../modules/cases/pages/WorklistPage.js')).WorklistPage,
                }),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
