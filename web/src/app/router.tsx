// Routes. Everything but /login and /verify (the public check of a clearance) sits inside the signed-in shell; role-restricted pages are wrapped in RequireRole.
import { createBrowserRouter, Navigate } from 'react-router';
import { AccountPage } from '../features/accounts/account-page';
import { LoginPage } from '../features/accounts/login-page';
import { TokensPage } from '../features/accounts/tokens-page';
import { UsersPage } from '../features/accounts/users-page';
import { AuditPage } from '../features/audit/audit-page';
import { AgenciesPage } from '../features/directory/agencies-page';
import { ContactDetailPage } from '../features/directory/contact-detail-page';
import { ContactCreatePage, ContactEditPage } from '../features/directory/contact-form-page';
import { ContactsPage } from '../features/directory/contacts-page';
import { PeersPage } from '../features/exchange/peers-page';
import { NotificationDetailPage } from '../features/notifications/notification-detail-page';
import { NotificationCreatePage, NotificationEditPage } from '../features/notifications/notification-form-page';
import { NotificationImportPage } from '../features/notifications/notification-import-page';
import { NotificationsPage } from '../features/notifications/notifications-page';
import { VerifyPage } from '../features/notifications/verify-page';
import { ScreeningPage } from '../features/substances/screening-page';
import { SubstanceDetailPage } from '../features/substances/substance-detail-page';
import { SubstancesPage } from '../features/substances/substances-page';
import { NotFoundPage } from './components/not-found-page';
import { RequireRole } from './components/require-role';
import { RouteError } from './components/route-error';
import { Shell } from './shell';

export function createRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
    { path: '/verify', element: <VerifyPage />, errorElement: <RouteError /> },
    {
      path: '/',
      element: <Shell />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <Navigate to="/contacts" replace /> },
        { path: 'contacts', element: <ContactsPage /> },
        { path: 'contacts/new', element: <ContactCreatePage /> },
        { path: 'contacts/:id', element: <ContactDetailPage /> },
        { path: 'contacts/:id/edit', element: <ContactEditPage /> },
        { path: 'agencies', element: <AgenciesPage /> },
        { path: 'substances', element: <SubstancesPage /> },
        { path: 'substances/:id', element: <SubstanceDetailPage /> },
        { path: 'screening', element: <ScreeningPage /> },
        { path: 'notifications', element: <NotificationsPage /> },
        {
          path: 'notifications/new',
          element: (
            <RequireRole roles={['officer', 'supervisor']}>
              <NotificationCreatePage />
            </RequireRole>
          ),
        },
        {
          path: 'notifications/import',
          element: (
            <RequireRole roles={['officer', 'supervisor']}>
              <NotificationImportPage />
            </RequireRole>
          ),
        },
        { path: 'notifications/:id', element: <NotificationDetailPage /> },
        {
          path: 'notifications/:id/edit',
          element: (
            <RequireRole roles={['officer', 'supervisor']}>
              <NotificationEditPage />
            </RequireRole>
          ),
        },
        // Incidents load on first visit: a chunk of their own, as the app has grown past one comfortable bundle.
        { path: 'incidents', lazy: async () => ({ Component: (await import('../features/incidents/incidents-page')).IncidentsPage }) },
        {
          path: 'incidents/new',
          lazy: async () => {
            const { IncidentCreatePage } = await import('../features/incidents/form/incident-form-page');
            return { element: <RequireRole roles={['officer', 'supervisor']}><IncidentCreatePage /></RequireRole> };
          },
        },
        {
          path: 'incidents/import',
          lazy: async () => {
            const { IncidentImportPage } = await import('../features/incidents/incident-import-page');
            return { element: <RequireRole roles={['officer', 'supervisor']}><IncidentImportPage /></RequireRole> };
          },
        },
        {
          path: 'incidents/:id/edit',
          lazy: async () => {
            const { IncidentEditPage } = await import('../features/incidents/form/incident-form-page');
            return { element: <RequireRole roles={['officer', 'supervisor']}><IncidentEditPage /></RequireRole> };
          },
        },
        { path: 'incidents/:id', lazy: async () => ({ Component: (await import('../features/incidents/incident-detail-page')).IncidentDetailPage }) },
        { path: 'entities', lazy: async () => ({ Component: (await import('../features/incidents/entity-page')).EntityPage }) },
        // Requests and cases load on first visit, as incidents do.
        { path: 'requests', lazy: async () => ({ Component: (await import('../features/requests/requests-page')).RequestsPage }) },
        {
          path: 'requests/new',
          lazy: async () => {
            const { RequestCreatePage } = await import('../features/requests/request-form-page');
            return { element: <RequireRole roles={['officer', 'supervisor']}><RequestCreatePage /></RequireRole> };
          },
        },
        {
          path: 'requests/:id/edit',
          lazy: async () => {
            const { RequestEditPage } = await import('../features/requests/request-form-page');
            return { element: <RequireRole roles={['officer', 'supervisor']}><RequestEditPage /></RequireRole> };
          },
        },
        // Every reader sees the agreement profile; only an administrator may change it (the page and the node say so).
        { path: 'requests/settings', lazy: async () => ({ Component: (await import('../features/requests/settings-page')).RequestSettingsPage }) },
        { path: 'requests/:id', lazy: async () => ({ Component: (await import('../features/requests/request-detail-page')).RequestDetailPage }) },
        { path: 'cases', lazy: async () => ({ Component: (await import('../features/requests/cases-page')).CasesPage }) },
        {
          path: 'cases/new',
          lazy: async () => {
            const { CaseCreatePage } = await import('../features/requests/case-form-page');
            return { element: <RequireRole roles={['officer', 'supervisor']}><CaseCreatePage /></RequireRole> };
          },
        },
        { path: 'cases/:id', lazy: async () => ({ Component: (await import('../features/requests/case-detail-page')).CaseDetailPage }) },
        // The working group (issue 17): meetings, commitments and readouts load on first visit, as requests do. Every
        // signed-in reader opens them; recording and changing is for the secretariat and supervisors (the node says so).
        { path: 'meetings', lazy: async () => ({ Component: (await import('../features/meetings/meetings-page')).MeetingsPage }) },
        {
          path: 'meetings/new',
          lazy: async () => {
            const { MeetingCreatePage } = await import('../features/meetings/meeting-form-page');
            return { element: <RequireRole roles={['secretariat', 'supervisor']}><MeetingCreatePage /></RequireRole> };
          },
        },
        {
          path: 'meetings/:id/edit',
          lazy: async () => {
            const { MeetingEditPage } = await import('../features/meetings/meeting-form-page');
            return { element: <RequireRole roles={['secretariat', 'supervisor']}><MeetingEditPage /></RequireRole> };
          },
        },
        { path: 'meetings/:id', lazy: async () => ({ Component: (await import('../features/meetings/meeting-detail-page')).MeetingDetailPage }) },
        { path: 'commitments', lazy: async () => ({ Component: (await import('../features/meetings/commitments-page')).CommitmentsPage }) },
        {
          path: 'readouts/new',
          lazy: async () => {
            const { ReadoutCreatePage } = await import('../features/meetings/readout-editor-page');
            return { element: <RequireRole roles={['secretariat']}><ReadoutCreatePage /></RequireRole> };
          },
        },
        {
          path: 'readouts/:id/edit',
          lazy: async () => {
            const { ReadoutEditPage } = await import('../features/meetings/readout-editor-page');
            return { element: <RequireRole roles={['secretariat']}><ReadoutEditPage /></RequireRole> };
          },
        },
        { path: 'readouts/:id', lazy: async () => ({ Component: (await import('../features/meetings/readout-page')).ReadoutPage }) },
        { path: 'account', element: <AccountPage /> },
        {
          path: 'users',
          element: (
            <RequireRole roles={['admin']}>
              <UsersPage />
            </RequireRole>
          ),
        },
        {
          path: 'tokens',
          element: (
            <RequireRole roles={['admin']}>
              <TokensPage />
            </RequireRole>
          ),
        },
        {
          path: 'peers',
          element: (
            <RequireRole roles={['auditor', 'admin']}>
              <PeersPage />
            </RequireRole>
          ),
        },
        {
          path: 'audit',
          element: (
            <RequireRole roles={['auditor', 'admin']}>
              <AuditPage />
            </RequireRole>
          ),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
