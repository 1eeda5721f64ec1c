import { getTableName, sql, type Table } from 'drizzle-orm';
import { openDatabase, queryRows } from '../platform/db/database.ts';
import {
  activationTokens,
  poolAgreements,
  poolAgreementMembers,
  poolDuties,
  poolCases,
  signInThrottles,
  passwordResetTokens,
  signUpRequests,
  auditLog,
  cannedReplies,
  consentRecords,
  consultationAssignments,
  consultationAttachments,
  consultationCodings,
  consultationMessages,
  consultationNotes,
  consultationRatings,
  consultationCheckIns,
  closeApprovalRequests,
  consultationReceipts,
  consultationRiskFlags,
  consultations,
  coordinatorLicences,
  familyLinks,
  identityDisclosures,
  inviteCodes,
  municipalities,
  notificationOutbox,
  organizations,
  referralResources,
  consultationReferrals,
  caseRecords,
  statisticsSettings,
  statisticsReleaseGroups,
  statisticsLedgerVersions,
  sessions,
  shifts,
  slaBreaches,
  users,
  availabilityWindows,
  availabilityExceptions,
  appointments,
  calls,
  pushSubscriptions,
  consultationParticipants,
  surveys,
  surveyRespondents,
  surveyResponses,
  surveyAnswers,
  surveyResultReleases,
  stressCheckPeriods,
  stressCheckAnswers,
  questionnaireResponses,
  questionnaireTranslationPermissions,
  practices,
  reports,
  reportReviews,
  statisticsDataVersions,
  statisticsReleaseCache,
  disclosureReleases,
  events,
  eventRegistrations,
  childcareFacilities,
  childcareVacancies,
  childcareFacilityStaff,
  childcareSettings,
  childcareVacancyPublications,
  childcareVacancyReminders,
  childcareStaffShortages,
  workProgrammes,
  workSkills,
  workProfiles,
  workOpenings,
  alliances,
  allianceMembers,
  lineChannels,
  linePushCounts,
  lineAccounts,
  lineLinkNonces,
  lineWebhookEvents,
  allianceDeclarations,
  allianceAwards,
  measures,
  measureIndicators,
  measureRevisions,
  workProgrammeStaff,
  workIntroductions,
  workHearings,
  retentionSettings,
  consultationLegalHolds,
  auditCheckpoints,
  careRecruitSettings,
  careRecruits,
  careRecruitSteps,
} from '../platform/db/schema/index.ts';

/**
 * Parents before children, so foreign keys hold at every insert. Every table of the
 * schema but the real-time adapter's transient one (a test checks this list is complete).
 */
export const tablesInDependencyOrder: Table[] = [
  municipalities,
  organizations,
  users,
  coordinatorLicences,
  sessions,
  activationTokens,
  signInThrottles,
  passwordResetTokens,
  inviteCodes,
  familyLinks,
  consentRecords,
  consultations,
  consultationMessages,
  consultationReceipts,
  consultationCodings,
  consultationRiskFlags,
  consultationAssignments,
  slaBreaches,
  consultationNotes,
  cannedReplies,
  notificationOutbox,
  identityDisclosures,
  consultationRatings,
  referralResources,
  calls,
  consultationAttachments,
  surveys,
  surveyRespondents,
  surveyResponses,
  surveyAnswers,
  surveyResultReleases,
  stressCheckPeriods,
  stressCheckAnswers,
  questionnaireResponses,
  questionnaireTranslationPermissions,
  practices,
  reports,
  reportReviews,
  // Before case_records: their insert trigger raises the copied version (never conflicts),
  // which leaves the copied cache stale, to be recomputed on first view.
  statisticsDataVersions,
  caseRecords,
  statisticsSettings,
  statisticsReleaseGroups,
  statisticsLedgerVersions,
  statisticsReleaseCache,
  disclosureReleases,
  shifts,
  availabilityWindows,
  availabilityExceptions,
  appointments,
  pushSubscriptions,
  consultationParticipants,
  childcareFacilities,
  childcareVacancies,
  childcareFacilityStaff,
  childcareSettings,
  childcareVacancyPublications,
  childcareVacancyReminders,
  childcareStaffShortages,
  // After the childcare facilities an event may be held by (host_facility_id).
  events,
  eventRegistrations,
  // After the consultations (and users) they point at; a check-in may point at two.
  consultationCheckIns,
  closeApprovalRequests,
  // After the users and organizations they may belong to.
  workProgrammes,
  workProgrammeStaff,
  workSkills,
  workProfiles,
  workOpenings,
  // After the resources, facilities, events and programmes it may point at.
  consultationReferrals,
  // After the organizations a member may be.
  alliances,
  allianceMembers,
  allianceDeclarations,
  allianceAwards,
  // After the users a revision names.
  measures,
  measureIndicators,
  measureRevisions,
  workIntroductions,
  workHearings,
  // After the municipalities, users and consultations they point at.
  poolAgreements,
  poolAgreementMembers,
  poolDuties,
  poolCases,
  // After the municipalities and users they belong to.
  lineChannels,
  linePushCounts,
  lineAccounts,
  lineLinkNonces,
  lineWebhookEvents,
  careRecruitSettings,
  careRecruits,
  careRecruitSteps,
  // After the invite codes and the programmes a sign-up is for.
  signUpRequests,
  retentionSettings,
  consultationLegalHolds,
  // Before the log: a restored chain verifies from its newest checkpoint.
  auditCheckpoints,
  auditLog,
];

const batchSize = 1000;

/**
 * Moves an embedded installation onto a PostgreSQL server: migrates both to the same
 * schema, refuses a target that already holds data, then copies every table inside one
 * target transaction (all or nothing), row values passing through JSON so that every
 * column type round-trips exactly.
 */
export async function transferDatabase({
  dataDir,
  targetUrl,
  log,
}: {
  dataDir: string;
  targetUrl: string;
  log: (line: string) => void;
}) {
  const source = await openDatabase({ kind: 'embedded', dataDir });
  const target = await openDatabase({ kind: 'postgres', url: targetUrl, poolSize: 2 });
  try {
    await source.migrate();
    await target.migrate();
    const [existing] = await queryRows<{ n: number }>(
      target.db,
      sql`select count(*)::int as n from municipalities`,
    );
    if ((existing?.n ?? 0) > 0) {
      throw new Error(
        'The target database already holds municipalities; transfer only into an empty database.',
      );
    }
    await target.db.transaction(async (tx) => {
      for (const table of tablesInDependencyOrder) {
        const name = getTableName(table);
        let copied = 0;
        for (let offset = 0; ; offset += batchSize) {
          const [batch] = await queryRows<{ rows: unknown[] }>(
            source.db,
            sql`select coalesce(json_agg(t), '[]'::json) as rows from (select * from ${sql.identifier(name)} order by 1 limit ${batchSize} offset ${offset}) t`,
          );
          const rows = batch?.rows ?? [];
          if (rows.length === 0) break;
          await tx.execute(
            sql`insert into ${sql.identifier(name)} select * from json_populate_recordset(null::${sql.identifier(name)}, ${JSON.stringify(rows)}::json)`,
          );
          copied += rows.length;
        }
        log(`${name}: ${copied} rows`);
      }
      await tx.execute(
        sql`select setval(pg_get_serial_sequence('audit_log', 'seq'), coalesce((select max(seq) from audit_log), 0) + 1, false)`,
      );
    });
    log('transfer complete');
  } finally {
    await source.close();
    await target.close();
  }
}
