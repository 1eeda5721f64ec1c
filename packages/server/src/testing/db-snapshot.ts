import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../platform/db/database.ts';

/** Tables whose every byte must be unchanged after a refused request. */
const contentTables = [
  'municipalities',
  'organizations',
  'users',
  'coordinator_licences',
  'activation_tokens',
  'invite_codes',
  'sign_up_requests',
  'family_links',
  'consent_records',
  'audit_log',
  'consultations',
  'consultation_messages',
  'consultation_receipts',
  'consultation_codings',
  'consultation_check_ins',
  'close_approval_requests',
  'consultation_risk_flags',
  'shifts',
  'consultation_assignments',
  'sla_breaches',
  'consultation_notes',
  'canned_replies',
  'notification_outbox',
  'identity_disclosures',
  'consultation_ratings',
  'referral_resources',
  'consultation_referrals',
  'availability_windows',
  'availability_exceptions',
  'appointments',
  'calls',
  'push_subscriptions',
  'consultation_participants',
  'consultation_attachments',
  'surveys',
  'survey_respondents',
  'survey_responses',
  'survey_answers',
  'survey_result_releases',
  'stress_check_periods',
  'stress_check_answers',
  'questionnaire_responses',
  'questionnaire_translation_permissions',
  'practices',
  'reports',
  'report_reviews',
  'case_records',
  'statistics_settings',
  'statistics_release_groups',
  'statistics_ledger_versions',
  'statistics_data_versions',
  'statistics_release_cache',
  'events',
  'event_registrations',
  'work_programmes',
  'work_skills',
  'work_profiles',
  'work_openings',
  'alliances',
  'alliance_members',
  'alliance_declarations',
  'alliance_awards',
  'measures',
  'measure_indicators',
  'measure_revisions',
  'work_programme_staff',
  'work_introductions',
  'work_hearings',
  'care_recruit_settings',
  'care_recruits',
  'care_recruit_steps',
  'childcare_staff_shortages',
  'retention_settings',
  'consultation_legal_holds',
  'audit_checkpoints',
  'pool_agreements',
  'pool_agreement_members',
  'pool_duties',
  'pool_cases',
  'line_channels',
  'line_push_counts',
  'line_accounts',
  'line_link_nonces',
  'line_webhook_events',
];

/**
 * A fingerprint of the database content. Sessions are only counted: a refused request
 * may still refresh its session's last-seen time.
 */
export async function snapshotDatabase(db: Db): Promise<string> {
  const hash = crypto.createHash('sha256');
  for (const table of contentTables) {
    const [row] = await queryRows<{ content: unknown }>(
      db,
      sql`select coalesce(json_agg(t order by t::text), '[]'::json) as content from ${sql.identifier(table)} t`,
    );
    hash.update(`${table}:${JSON.stringify(row?.content)}\n`);
  }
  const [sessions] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from sessions`,
  );
  hash.update(`sessions:${sessions?.n}`);
  return hash.digest('hex');
}

/** How many rows each content table holds, to compare the writes two requests made. */
export async function tableRowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [...contentTables, 'sessions']) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    );
    counts[table] = row?.n ?? 0;
  }
  return counts;
}
