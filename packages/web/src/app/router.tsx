import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { Loading } from '../ui/Loading.tsx';
import { childcarePaths } from '../features/childcare/childcare-paths.ts';
import { municipalityPagePath } from '../features/landing/municipality-paths.ts';
import { Guard } from './Guard.tsx';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RouteError } from './RouteError.tsx';
import { paths, type RouteRule } from './guards.ts';

/**
 * A page loaded when first visited: a worker's phone never downloads the staff screens,
 * and nobody downloads the charts before opening the dashboard.
 */
function page(load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: await load() }) };
}

function guarded(rule: RouteRule, children: RouteObject[]): RouteObject {
  return { element: <Guard rule={rule} />, children };
}

const LandingPage = lazy(async () => ({
  default: (await import('../features/landing/LandingPage.tsx')).LandingPage,
}));

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    // Shown while the first page's code arrives.
    hydrateFallbackElement: <Loading />,
    children: [
      guarded({ kind: 'guest' }, [{ path: paths.signIn, element: <SignInPage /> }]),
      guarded({ kind: 'public' }, [
        {
          path: paths.signUp,
          ...page(async () => (await import('../features/auth/SignUpPage.tsx')).SignUpPage),
        },
        {
          path: paths.signUpConfirm,
          ...page(
            async () => (await import('../features/auth/SignUpConfirmPage.tsx')).SignUpConfirmPage,
          ),
        },
        {
          path: paths.activate,
          ...page(async () => (await import('../features/auth/ActivatePage.tsx')).ActivatePage),
        },
        {
          path: paths.forgotPassword,
          ...page(
            async () =>
              (await import('../features/auth/ForgotPasswordPage.tsx')).ForgotPasswordPage,
          ),
        },
        {
          path: paths.resetPassword,
          ...page(
            async () => (await import('../features/auth/ResetPasswordPage.tsx')).ResetPasswordPage,
          ),
        },
        // A municipality's events for residents, by its 全国地方公共団体コード, without signing in.
        {
          path: paths.publicEvents,
          ...page(
            async () => (await import('../features/events/PublicEventsPage.tsx')).PublicEventsPage,
          ),
        },
        {
          path: `${paths.publicEvents}/cancel`,
          ...page(
            async () =>
              (await import('../features/events/CancelRegistrationPage.tsx'))
                .CancelRegistrationPage,
          ),
        },
        {
          path: `${paths.publicEvents}/:id`,
          ...page(
            async () => (await import('../features/events/PublicEventPage.tsx')).PublicEventPage,
          ),
        },
        // A municipality's employers' alliances: members, growth, each member's page.
        {
          path: paths.publicAlliances,
          ...page(
            async () =>
              (await import('../features/alliances/PublicAlliancesPage.tsx')).PublicAlliancesPage,
          ),
        },
        {
          path: `${paths.publicAlliances}/:id`,
          ...page(
            async () =>
              (await import('../features/alliances/PublicAlliancePage.tsx')).PublicAlliancePage,
          ),
        },
        {
          path: `${paths.publicAlliances}/:id/members/:memberId`,
          ...page(
            async () =>
              (await import('../features/alliances/PublicMemberPage.tsx')).PublicMemberPage,
          ),
        },
        // The mayor's measures and how far each has got.
        {
          path: paths.publicMeasures,
          ...page(
            async () =>
              (await import('../features/measures/PublicMeasuresPage.tsx')).PublicMeasuresPage,
          ),
        },
        // Back to work: a municipality's programmes, open jobs and projects, and joining.
        {
          path: paths.publicWork,
          ...page(async () => (await import('../features/work/PublicWorkPage.tsx')).PublicWorkPage),
        },
        {
          path: `${paths.publicWork}/join`,
          ...page(async () => (await import('../features/work/JoinWorkPage.tsx')).JoinWorkPage),
        },
        {
          path: `${paths.publicWork}/:id`,
          ...page(
            async () => (await import('../features/work/PublicOpeningPage.tsx')).PublicOpeningPage,
          ),
        },
        // Growing the care team: licensed residents register interest (issue 22).
        {
          path: paths.publicCareTeam,
          ...page(
            async () =>
              (await import('../features/care-recruits/JoinCareTeamPage.tsx')).JoinCareTeamPage,
          ),
        },
        // A municipality's own page for residents: its health room, numbers and links.
        {
          path: municipalityPagePath,
          ...page(
            async () => (await import('../features/landing/MunicipalityPage.tsx')).MunicipalityPage,
          ),
        },
        // Residents' childcare pages, per municipality, without signing in.
        {
          path: childcarePaths.search,
          ...page(
            async () =>
              (await import('../features/childcare/ChildcareSearchPage.tsx')).ChildcareSearchPage,
          ),
        },
        {
          path: childcarePaths.facility,
          ...page(
            async () => (await import('../features/childcare/FacilityPage.tsx')).FacilityPage,
          ),
        },
        {
          path: childcarePaths.vacancies,
          ...page(
            async () =>
              (await import('../features/childcare/VacancyTablePage.tsx')).VacancyTablePage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['facility_staff', 'childcare_staff'] }, [
        {
          path: paths.childcareVacancies,
          ...page(
            async () =>
              (await import('../features/childcare/FacilityVacanciesPage.tsx'))
                .FacilityVacanciesPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['childcare_staff'] }, [
        {
          path: paths.childcareStatus,
          ...page(
            async () =>
              (await import('../features/childcare/VacancyStatusPage.tsx')).VacancyStatusPage,
          ),
        },
      ]),
      guarded({ kind: 'mfa', step: 'enrol' }, [
        {
          path: paths.mfaSetup,
          ...page(async () => (await import('../features/auth/MfaSetupPage.tsx')).MfaSetupPage),
        },
      ]),
      guarded({ kind: 'mfa', step: 'verify' }, [
        {
          path: paths.mfaVerify,
          ...page(async () => (await import('../features/auth/MfaVerifyPage.tsx')).MfaVerifyPage),
        },
      ]),
      guarded({ kind: 'consent' }, [
        {
          path: paths.consent,
          ...page(async () => (await import('../features/consent/ConsentPage.tsx')).ConsentPage),
        },
      ]),
      {
        // Signed in: the role's home. Not signed in: what the service is, and sign-in.
        element: (
          <Guard
            rule={{ kind: 'app' }}
            guest={
              <Suspense fallback={<Loading />}>
                <LandingPage />
              </Suspense>
            }
          />
        ),
        children: [
          {
            path: paths.home,
            ...page(async () => (await import('../features/home/HomePage.tsx')).HomePage),
          },
        ],
      },
      // Withdrawing consent must not lock anyone out of their own data and deletion rights.
      guarded({ kind: 'app', withoutConsent: true }, [
        {
          path: paths.profile,
          ...page(async () => (await import('../features/profile/ProfilePage.tsx')).ProfilePage),
        },
        {
          path: paths.myData,
          ...page(async () => (await import('../features/profile/MyDataPage.tsx')).MyDataPage),
        },
      ]),
      guarded({ kind: 'app', roles: ['worker'] }, [
        {
          path: paths.family,
          ...page(async () => (await import('../features/family/FamilyPage.tsx')).FamilyPage),
        },
      ]),
      guarded({ kind: 'app', roles: ['worker', 'family'] }, [
        {
          path: paths.myLine,
          ...page(async () => (await import('../features/line/MyLinePage.tsx')).MyLinePage),
        },
        {
          path: paths.newConsultation,
          ...page(
            async () =>
              (await import('../features/consultations/StartConsultationPage.tsx'))
                .StartConsultationPage,
          ),
        },
        {
          path: paths.appointments,
          ...page(
            async () =>
              (await import('../features/appointments/MyAppointmentsPage.tsx')).MyAppointmentsPage,
          ),
        },
        {
          path: paths.bookAppointment,
          ...page(
            async () =>
              (await import('../features/appointments/BookAppointmentPage.tsx'))
                .BookAppointmentPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['worker', 'family', 'coordinator', 'supervisor'] }, [
        {
          path: paths.consultations,
          ...page(
            async () =>
              (await import('../features/consultations/ConsultationsPage.tsx')).ConsultationsPage,
          ),
        },
        {
          path: `${paths.consultations}/:id`,
          ...page(async () => (await import('../features/consultations/ChatPage.tsx')).ChatPage),
        },
      ]),
      guarded({ kind: 'app', roles: ['coordinator', 'supervisor'] }, [
        {
          path: paths.queue,
          ...page(async () => (await import('../features/consultations/QueuePage.tsx')).QueuePage),
        },
        {
          path: paths.pool,
          ...page(async () => (await import('../features/pool/NightPoolPage.tsx')).NightPoolPage),
        },
        {
          path: paths.crisis,
          ...page(
            async () => (await import('../features/crisis/CrisisInboxPage.tsx')).CrisisInboxPage,
          ),
        },
        {
          path: paths.roster,
          ...page(async () => (await import('../features/roster/RosterPage.tsx')).RosterPage),
        },
        {
          path: paths.careAppointments,
          ...page(
            async () =>
              (await import('../features/appointments/CareAppointmentsPage.tsx'))
                .CareAppointmentsPage,
          ),
        },
        {
          path: paths.availability,
          ...page(
            async () =>
              (await import('../features/appointments/AvailabilityPage.tsx')).AvailabilityPage,
          ),
        },
        {
          path: paths.checkIns,
          ...page(
            async () => (await import('../features/follow-ups/CheckInsPage.tsx')).CheckInsPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['supervisor'] }, [
        {
          path: paths.ratings,
          ...page(
            async () =>
              (await import('../features/follow-ups/RatingReviewPage.tsx')).RatingReviewPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['city_staff'] }, [
        {
          path: paths.organizations,
          ...page(
            async () =>
              (await import('../features/admin/organizations/OrganizationsPage.tsx'))
                .OrganizationsPage,
          ),
        },
        {
          path: `${paths.organizations}/:id`,
          ...page(
            async () =>
              (await import('../features/admin/organizations/OrganizationDetailPage.tsx'))
                .OrganizationDetailPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['city_staff'] }, [
        {
          path: paths.lineSettings,
          ...page(
            async () => (await import('../features/line/LineSettingsPage.tsx')).LineSettingsPage,
          ),
        },
        {
          path: paths.alliances,
          ...page(
            async () =>
              (await import('../features/alliances/StaffAlliancesPage.tsx')).StaffAlliancesPage,
          ),
        },
        {
          path: `${paths.alliances}/:id`,
          ...page(
            async () =>
              (await import('../features/alliances/StaffAlliancePage.tsx')).StaffAlliancePage,
          ),
        },
        {
          path: paths.measures,
          ...page(
            async () =>
              (await import('../features/measures/StaffMeasuresPage.tsx')).StaffMeasuresPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['employer_admin'] }, [
        {
          path: paths.companyWork,
          ...page(
            async () => (await import('../features/work/CompanyWorkPage.tsx')).CompanyWorkPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['programme_staff'] }, [
        {
          path: paths.workOpeningNew,
          ...page(
            async () => (await import('../features/work/StaffOpeningPage.tsx')).StaffOpeningPage,
          ),
        },
      ]),
      // A worker of THE CARE joins Back to work with the same account; a participant's home.
      guarded({ kind: 'app', roles: ['worker', 'participant'] }, [
        {
          path: paths.workProfile,
          ...page(
            async () => (await import('../features/work/MyWorkProfilePage.tsx')).MyWorkProfilePage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['employer_admin'] }, [
        {
          path: paths.allianceEntry,
          ...page(
            async () =>
              (await import('../features/alliances/OwnAllianceEntryPage.tsx')).OwnAllianceEntryPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['city_staff', 'childcare_staff', 'facility_staff'] }, [
        {
          path: paths.events,
          ...page(
            async () => (await import('../features/events/StaffEventsPage.tsx')).StaffEventsPage,
          ),
        },
        {
          path: `${paths.events}/:id`,
          ...page(
            async () => (await import('../features/events/StaffEventPage.tsx')).StaffEventPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['city_staff'] }, [
        {
          path: paths.statisticsSettings,
          ...page(
            async () =>
              (await import('../features/statistics/StatisticsSettingsPage.tsx'))
                .StatisticsSettingsPage,
          ),
        },
        {
          path: paths.retentionSettings,
          ...page(
            async () =>
              (await import('../features/retention/RetentionSettingsPage.tsx'))
                .RetentionSettingsPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['employer_admin'] }, [
        {
          path: paths.inviteCodes,
          ...page(
            async () =>
              (await import('../features/admin/invites/InviteCodesPage.tsx')).InviteCodesPage,
          ),
        },
        {
          path: `${paths.inviteCodes}/:codeId/print`,
          ...page(
            async () => (await import('../features/admin/invites/InviteQrPage.tsx')).InviteQrPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['city_staff', 'employer_admin'] }, [
        {
          // Charts are heavy: the dashboard and ECharts load only when someone opens it.
          path: paths.statistics,
          ...page(
            async () => (await import('../features/statistics/StatisticsPage.tsx')).StatisticsPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['supervisor'] }, [
        {
          path: paths.careTeam,
          ...page(
            async () => (await import('../features/admin/care-team/CareTeamPage.tsx')).CareTeamPage,
          ),
        },
        {
          path: paths.disclosures,
          ...page(
            async () =>
              (await import('../features/disclosures/DisclosuresPage.tsx')).DisclosuresPage,
          ),
        },
        {
          path: paths.auditLog,
          ...page(
            async () => (await import('../features/admin/audit/AuditLogPage.tsx')).AuditLogPage,
          ),
        },
        {
          path: paths.referralResources,
          ...page(
            async () =>
              (await import('../features/referrals/ReferralDirectoryPage.tsx'))
                .ReferralDirectoryPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['network_admin'] }, [
        {
          path: paths.municipalities,
          ...page(
            async () =>
              (await import('../features/admin/municipalities/MunicipalitiesPage.tsx'))
                .MunicipalitiesPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['programme_staff'] }, [
        {
          path: `${paths.workParticipants}/:id`,
          ...page(
            async () =>
              (await import('../features/work/WorkParticipantPage.tsx')).WorkParticipantPage,
          ),
        },
        {
          path: paths.workTeam,
          ...page(async () => (await import('../features/work/WorkTeamPage.tsx')).WorkTeamPage),
        },
        {
          path: paths.workIntroductions,
          ...page(
            async () =>
              (await import('../features/work/WorkIntroductionsPage.tsx')).WorkIntroductionsPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['supervisor', 'programme_staff'] }, [
        {
          path: paths.recruits,
          ...page(
            async () => (await import('../features/care-recruits/RecruitsPage.tsx')).RecruitsPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['programme_staff', 'city_staff'] }, [
        {
          path: paths.workFigures,
          ...page(
            async () => (await import('../features/work/WorkFiguresPage.tsx')).WorkFiguresPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['worker', 'employer_admin', 'city_staff'] }, [
        {
          path: paths.surveys,
          ...page(async () => (await import('../features/surveys/SurveysPage.tsx')).SurveysPage),
        },
      ]),
      guarded({ kind: 'app', roles: ['worker'] }, [
        {
          path: `${paths.surveys}/:id`,
          ...page(
            async () => (await import('../features/surveys/AnswerSurveyPage.tsx')).AnswerSurveyPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['employer_admin'] }, [
        {
          path: paths.stressChecks,
          ...page(
            async () =>
              (await import('../features/stress-checks/StressChecksPage.tsx')).StressChecksPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['employer_admin', 'city_staff'] }, [
        {
          path: `${paths.surveys}/:id/results`,
          ...page(
            async () =>
              (await import('../features/surveys/SurveyResultsPage.tsx')).SurveyResultsPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['city_staff', 'supervisor', 'employer_admin'] }, [
        {
          path: paths.reports,
          ...page(async () => (await import('../features/reports/ReportsPage.tsx')).ReportsPage),
        },
        {
          path: `${paths.reports}/:id`,
          ...page(async () => (await import('../features/reports/ReportPage.tsx')).ReportPage),
        },
        {
          path: `${paths.reports}/:id/publication`,
          ...page(
            async () =>
              (await import('../features/reports/ReportPublicationPage.tsx')).ReportPublicationPage,
          ),
        },
      ]),
      guarded({ kind: 'app', roles: ['city_staff', 'employer_admin'] }, [
        {
          path: paths.reportPractices,
          ...page(
            async () => (await import('../features/reports/PracticesPage.tsx')).PracticesPage,
          ),
        },
      ]),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
