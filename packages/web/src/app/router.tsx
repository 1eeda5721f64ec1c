import { CrisisInboxPage } from '../features/crisis/CrisisInboxPage.tsx';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { ActivatePage } from '../features/auth/ActivatePage.tsx';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage.tsx';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage.tsx';
import { MfaSetupPage } from '../features/auth/MfaSetupPage.tsx';
import { MfaVerifyPage } from '../features/auth/MfaVerifyPage.tsx';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { SignUpPage } from '../features/auth/SignUpPage.tsx';
import { SignUpConfirmPage } from '../features/auth/SignUpConfirmPage.tsx';
import { ConsentPage } from '../features/consent/ConsentPage.tsx';
import { FamilyPage } from '../features/family/FamilyPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { ProfilePage } from '../features/profile/ProfilePage.tsx';
import { AuditLogPage } from '../features/admin/audit/AuditLogPage.tsx';
import { CareTeamPage } from '../features/admin/care-team/CareTeamPage.tsx';
import { InviteCodesPage } from '../features/admin/invites/InviteCodesPage.tsx';
import { InviteQrPage } from '../features/admin/invites/InviteQrPage.tsx';
import { MunicipalitiesPage } from '../features/admin/municipalities/MunicipalitiesPage.tsx';
import { OrganizationDetailPage } from '../features/admin/organizations/OrganizationDetailPage.tsx';
import { OrganizationsPage } from '../features/admin/organizations/OrganizationsPage.tsx';
import { ChatPage } from '../features/consultations/ChatPage.tsx';
import { ConsultationsPage } from '../features/consultations/ConsultationsPage.tsx';
import { QueuePage } from '../features/consultations/QueuePage.tsx';
import { DisclosuresPage } from '../features/disclosures/DisclosuresPage.tsx';
import { RosterPage } from '../features/roster/RosterPage.tsx';
import { StartConsultationPage } from '../features/consultations/StartConsultationPage.tsx';
import { AvailabilityPage } from '../features/appointments/AvailabilityPage.tsx';
import { BookAppointmentPage } from '../features/appointments/BookAppointmentPage.tsx';
import { CareAppointmentsPage } from '../features/appointments/CareAppointmentsPage.tsx';
import { MyAppointmentsPage } from '../features/appointments/MyAppointmentsPage.tsx';
import { AnswerSurveyPage } from '../features/surveys/AnswerSurveyPage.tsx';
import { SurveyResultsPage } from '../features/surveys/SurveyResultsPage.tsx';
import { SurveysPage } from '../features/surveys/SurveysPage.tsx';
import { ReportPage } from '../features/reports/ReportPage.tsx';
import { ReportsPage } from '../features/reports/ReportsPage.tsx';
import { Guard } from './Guard.tsx';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RouteError } from './RouteError.tsx';
import { paths, type RouteRule } from './guards.ts';

function guarded(rule: RouteRule, children: RouteObject[]): RouteObject {
  return { element: <Guard rule={rule} />, children };
}

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      guarded({ kind: 'guest' }, [{ path: paths.signIn, element: <SignInPage /> }]),
      guarded({ kind: 'public' }, [
        { path: paths.signUp, element: <SignUpPage /> },
        { path: paths.signUpConfirm, element: <SignUpConfirmPage /> },
        { path: paths.activate, element: <ActivatePage /> },
        { path: paths.forgotPassword, element: <ForgotPasswordPage /> },
        { path: paths.resetPassword, element: <ResetPasswordPage /> },
      ]),
      guarded({ kind: 'mfa', step: 'enrol' }, [
        { path: paths.mfaSetup, element: <MfaSetupPage /> },
      ]),
      guarded({ kind: 'mfa', step: 'verify' }, [
        { path: paths.mfaVerify, element: <MfaVerifyPage /> },
      ]),
      guarded({ kind: 'consent' }, [{ path: paths.consent, element: <ConsentPage /> }]),
      guarded({ kind: 'app' }, [{ path: paths.home, element: <HomePage /> }]),
      // Withdrawing consent must not lock anyone out of their own data and deletion rights.
      guarded({ kind: 'app', withoutConsent: true }, [
        { path: paths.profile, element: <ProfilePage /> },
      ]),
      guarded({ kind: 'app', roles: ['worker'] }, [
        { path: paths.family, element: <FamilyPage /> },
      ]),
      guarded({ kind: 'app', roles: ['worker', 'family'] }, [
        { path: paths.newConsultation, element: <StartConsultationPage /> },
        { path: paths.appointments, element: <MyAppointmentsPage /> },
        { path: paths.bookAppointment, element: <BookAppointmentPage /> },
      ]),
      guarded({ kind: 'app', roles: ['worker', 'family', 'coordinator', 'supervisor'] }, [
        { path: paths.consultations, element: <ConsultationsPage /> },
        { path: `${paths.consultations}/:id`, element: <ChatPage /> },
      ]),
      guarded({ kind: 'app', roles: ['coordinator', 'supervisor'] }, [
        { path: paths.queue, element: <QueuePage /> },
        { path: paths.crisis, element: <CrisisInboxPage /> },
        { path: paths.roster, element: <RosterPage /> },
        { path: paths.careAppointments, element: <CareAppointmentsPage /> },
        { path: paths.availability, element: <AvailabilityPage /> },
      ]),
      guarded({ kind: 'app', roles: ['city_staff'] }, [
        { path: paths.organizations, element: <OrganizationsPage /> },
        { path: `${paths.organizations}/:id`, element: <OrganizationDetailPage /> },
      ]),
      guarded({ kind: 'app', roles: ['city_staff'] }, [
        {
          path: paths.statisticsSettings,
          lazy: async () => ({
            Component: (await import('../features/statistics/StatisticsSettingsPage.tsx'))
              .StatisticsSettingsPage,
          }),
        },
      ]),
      guarded({ kind: 'app', roles: ['employer_admin'] }, [
        { path: paths.inviteCodes, element: <InviteCodesPage /> },
        { path: `${paths.inviteCodes}/:codeId/print`, element: <InviteQrPage /> },
      ]),
      guarded({ kind: 'app', roles: ['city_staff', 'employer_admin'] }, [
        {
          // Charts are heavy: the dashboard and ECharts load only when someone opens it.
          path: paths.statistics,
          lazy: async () => ({
            Component: (await import('../features/statistics/StatisticsPage.tsx')).StatisticsPage,
          }),
        },
      ]),
      guarded({ kind: 'app', roles: ['supervisor'] }, [
        { path: paths.careTeam, element: <CareTeamPage /> },
        { path: paths.disclosures, element: <DisclosuresPage /> },
        { path: paths.auditLog, element: <AuditLogPage /> },
      ]),
      guarded({ kind: 'app', roles: ['network_admin'] }, [
        { path: paths.municipalities, element: <MunicipalitiesPage /> },
      ]),
      guarded({ kind: 'app', roles: ['worker', 'employer_admin', 'city_staff'] }, [
        { path: paths.surveys, element: <SurveysPage /> },
      ]),
      guarded({ kind: 'app', roles: ['worker'] }, [
        { path: `${paths.surveys}/:id`, element: <AnswerSurveyPage /> },
      ]),
      guarded({ kind: 'app', roles: ['employer_admin', 'city_staff'] }, [
        { path: `${paths.surveys}/:id/results`, element: <SurveyResultsPage /> },
      ]),
      guarded({ kind: 'app', roles: ['city_staff', 'supervisor', 'employer_admin'] }, [
        { path: paths.reports, element: <ReportsPage /> },
        { path: `${paths.reports}/:id`, element: <ReportPage /> },
      ]),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
