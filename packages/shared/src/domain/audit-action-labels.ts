import type { AuditAction, AuditActionGroup } from './audit-actions.ts';

interface Label {
  ja: string;
  en: string;
}

/**
 * What each audited action means, for the audit log's screen and its CSV export (one
 * source for both; a missing label is a type error).
 */
export const auditActionLabels: Record<AuditAction, Label> = {
  'auth.sign_in': { ja: 'サインイン', en: 'Signed in' },
  'auth.sign_in_failed': { ja: 'サインインに失敗', en: 'Sign-in failed' },
  'auth.sign_out': { ja: 'サインアウト', en: 'Signed out' },
  'auth.sign_out_everywhere': { ja: 'すべての端末からサインアウト', en: 'Signed out everywhere' },
  'auth.locked': { ja: 'サインインを一時停止', en: 'Sign-in paused' },
  'auth.mfa_enrolled': { ja: '二段階認証を登録', en: 'Second factor enrolled' },
  'auth.mfa_failed': { ja: '二段階認証に失敗', en: 'Second factor failed' },
  'auth.activated': { ja: 'アカウントを有効化', en: 'Account activated' },
  'auth.password_reset_requested': {
    ja: 'パスワード再設定を依頼',
    en: 'Password reset requested',
  },
  'auth.password_reset': { ja: 'パスワードを再設定', en: 'Password reset' },
  'auth.access_reset': { ja: 'サインイン手段を再発行', en: 'Sign-in access reset' },
  'account.sign_up_requested': { ja: '登録を申し込み', en: 'Sign-up requested' },
  'account.enrolled': { ja: '利用登録', en: 'Enrolled' },
  'account.profile_updated': { ja: 'プロフィールを更新', en: 'Profile updated' },
  'account.exported': { ja: '自分のデータを書き出し', en: 'Own data exported' },
  'account.deletion_requested': { ja: '退会を申請', en: 'Deletion requested' },
  'account.purged': { ja: 'アカウントを削除', en: 'Account deleted' },
  'consent.granted': { ja: '同意', en: 'Consent given' },
  'consent.withdrawn': { ja: '同意を撤回', en: 'Consent withdrawn' },
  'role.assigned': { ja: '役割を付与', en: 'Role assigned' },
  'role.changed': { ja: '役割を変更', en: 'Role changed' },
  'licence.verification_set': { ja: '資格確認を記録', en: 'Licence check recorded' },
  'care_team.read': { ja: 'ケアチーム一覧を閲覧', en: 'Care team viewed' },
  'employer_admins.read': { ja: '事業所担当者を閲覧', en: 'Employer admins viewed' },
  'audit.read': { ja: '監査ログを閲覧', en: 'Audit log viewed' },
  'audit.exported': { ja: '監査ログを書き出し', en: 'Audit log exported' },
  'consultation.started': { ja: '相談を開始', en: 'Consultation started' },
  'consultation.claimed': { ja: '相談を担当', en: 'Consultation taken' },
  'consultation.read': { ja: '相談を閲覧', en: 'Consultation viewed' },
  'consultation.closed': { ja: '相談を終了', en: 'Consultation closed' },
  'consultation.risk_flagged': { ja: '危険の兆候を検知', en: 'Risk flagged' },
  'consultation.risk_acknowledged': { ja: '危険の兆候を確認', en: 'Risk acknowledged' },
  'consultation.risk_alert_seen': { ja: '緊急の通知を確認', en: 'Risk alert seen' },
  'consultation.person_context_read': {
    ja: '相談者の情報を閲覧',
    en: 'Person’s context viewed',
  },
  'consultation.routed': { ja: '担当者へ振り分け', en: 'Routed' },
  'consultation.note_added': { ja: 'メモを追加', en: 'Note added' },
  'consultation.transferred': { ja: '担当を引き継ぎ', en: 'Transferred' },
  'consultation.next_time_chosen': {
    ja: '次回の担当者の希望を記録',
    en: 'Next-time choice recorded',
  },
  'consultation.close_approval_requested': {
    ja: '終了の承認を依頼',
    en: 'Approval to close requested',
  },
  'consultation.close_approval_decided': {
    ja: '終了の承認依頼に回答',
    en: 'Approval to close answered',
  },
  'check_in.scheduled': { ja: '確認の予定を登録', en: 'Check-in scheduled' },
  'check_in.rescheduled': { ja: '確認の予定を変更', en: 'Check-in rescheduled' },
  'check_in.cancelled': { ja: '確認の予定を取り消し', en: 'Check-in cancelled' },
  'check_in.done': { ja: '確認の連絡を実施', en: 'Check-in done' },
  'rating.comments_read': { ja: '満足度の感想を閲覧', en: 'Rating comments viewed' },
  'consultation.supervisor_joined': { ja: 'スーパーバイザーが参加', en: 'Supervisor joined' },
  'consultation.supervisor_left': { ja: 'スーパーバイザーが退出', en: 'Supervisor left' },
  'disclosure.requested': { ja: '本人特定を申請', en: 'Identity disclosure requested' },
  'disclosure.approved': { ja: '本人特定を承認', en: 'Identity disclosure approved' },
  'disclosure.rejected': { ja: '本人特定を却下', en: 'Identity disclosure rejected' },
  'disclosure.identity_viewed': { ja: '本人情報を閲覧', en: 'Identity viewed' },
  'referral.proposed': { ja: '紹介先を提案', en: 'Referral proposed' },
  'referral.status_changed': { ja: '紹介の進み具合を更新', en: 'Referral status changed' },
  'survey.created': { ja: 'アンケートを作成', en: 'Survey created' },
  'questionnaire.sent': { ja: '質問票を送付', en: 'Questionnaire sent' },
  'questionnaire.translation_permitted': {
    ja: '質問票の翻訳使用許諾を記録',
    en: 'Questionnaire translation permission recorded',
  },
  'stress_check.opened': { ja: 'ストレスチェック実施期間を開始', en: 'Stress-check period opened' },
  'stress_check.interview_requested': {
    ja: '医師による面接指導を申出',
    en: 'Interview with a doctor requested',
  },
  'stress_check.group_analysis_viewed': {
    ja: 'ストレスチェック集団分析を閲覧',
    en: 'Stress-check group analysis viewed',
  },
  'survey.results_released': { ja: 'アンケート結果を表示', en: 'Survey results shown' },
  'report.created': { ja: '報告書を作成', en: 'Report created' },
  'report.edited': { ja: '報告書の下書きを編集', en: 'Report draft edited' },
  'report.submitted': { ja: '報告書を提出', en: 'Report submitted' },
  'report.returned': { ja: '報告書を差し戻し', en: 'Report returned with comments' },
  'report.approved': { ja: '報告書を承認', en: 'Report approved' },
  'report.published': { ja: '報告書を公開', en: 'Report published' },
  'roster.shift_created': { ja: 'シフトを登録', en: 'Shift added' },
  'roster.shift_deleted': { ja: 'シフトを削除', en: 'Shift removed' },
  'availability.weekly_set': { ja: '予約枠（毎週）を設定', en: 'Weekly availability set' },
  'availability.exception_added': { ja: '予約枠の例外を追加', en: 'Availability exception added' },
  'availability.exception_deleted': {
    ja: '予約枠の例外を削除',
    en: 'Availability exception removed',
  },
  'appointment.booked': { ja: '予約', en: 'Appointment booked' },
  'appointment.cancelled': { ja: '予約を取り消し', en: 'Appointment cancelled' },
  'appointment.rescheduled': { ja: '予約を変更', en: 'Appointment moved' },
  'appointment.opened': { ja: '予約の相談を開始', en: 'Appointment opened' },
  'call.started': { ja: '通話を発信', en: 'Call started' },
  'call.accepted': { ja: '通話に応答', en: 'Call answered' },
  'call.declined': { ja: '通話を拒否', en: 'Call declined' },
  'call.ended': { ja: '通話を終了', en: 'Call ended' },
  'statistics.released': { ja: '統計を表示', en: 'Statistics shown' },
  'statistics.refused': { ja: '統計の表示を見合わせ', en: 'Statistics withheld' },
  'statistics.exported': { ja: '統計を書き出し', en: 'Statistics exported' },
  'statistics.settings_changed': { ja: '統計の設定を変更', en: 'Statistics settings changed' },
  'event.created': { ja: 'イベントを作成', en: 'Event created' },
  'event.updated': { ja: 'イベントを更新', en: 'Event updated' },
  'event.cancelled': { ja: 'イベントを中止', en: 'Event cancelled' },
  'event.registrations_viewed': { ja: '申込者一覧を閲覧', en: 'Registrations viewed' },
  'event.attendance_recorded': { ja: '出欠を記録', en: 'Attendance recorded' },
  'event.exported': { ja: 'イベント一覧を書き出し', en: 'Events exported' },
  'childcare.opendata_imported': {
    ja: '子育て施設一覧を取り込み',
    en: 'Childcare open data imported',
  },
  'childcare.opendata_exported': {
    ja: 'オープンデータを書き出し',
    en: 'Childcare open data exported',
  },
  'childcare.vacancies_updated': { ja: '受け入れ状況を更新', en: 'Vacancies updated' },
  'childcare.vacancies_published': { ja: '受け入れ状況表を公開', en: 'Vacancy table published' },
  'childcare.reminders_sent': { ja: '更新のお願いを送信', en: 'Update reminders sent' },
  'childcare.settings_changed': { ja: '保育の設定を変更', en: 'Childcare settings changed' },
  'municipality.contacts_updated': { ja: '市の連絡先を更新', en: 'Public contacts updated' },
  'measure.created': { ja: '施策を追加', en: 'Measure added' },
  'measure.updated': { ja: '施策を更新', en: 'Measure updated' },
  'measure.indicator_added': { ja: '施策の数値を追加', en: 'Measure figure added' },
  'alliance.created': { ja: '同盟・コンソーシアムを作成', en: 'Alliance created' },
  'alliance.member_added': { ja: '加盟企業を追加', en: 'Member company added' },
  'alliance.member_left': { ja: '加盟企業の退会を記録', en: 'Member company left' },
  'alliance.entry_updated': { ja: '加盟企業の情報を更新', en: 'Member entry updated' },
  'alliance.declaration_signed': { ja: 'イクボス宣言に署名', en: 'Iku-boss declaration signed' },
  'alliance.award_recorded': { ja: '表彰を記録', en: 'Award recorded' },
  'childcare.facility_staff_bound': {
    ja: '施設の担当者を登録',
    en: 'Facility staff bound',
  },
  'work.profile_saved': { ja: '就労支援の参加者情報を保存', en: 'Work profile saved' },
  'work.opening_saved': { ja: '求人・プロジェクトを保存', en: 'Opening saved' },
  'work.opening_closed': { ja: '求人・プロジェクトの募集を終了', en: 'Opening closed' },
  'work.suggestions_viewed': { ja: 'マッチング候補を閲覧', en: 'Match suggestions viewed' },
  'work.team_proposed': { ja: 'プロジェクトのチームを提案', en: 'Project team proposed' },
  'work.programme_staff_bound': {
    ja: '就労支援事業スタッフを登録',
    en: 'Programme staff member added',
  },
  'work.profile_read': { ja: '参加者のプロフィールを閲覧', en: 'Participant profile read' },
  'work.introduction_proposed': { ja: '企業への紹介を提案', en: 'Introduction proposed' },
  'work.introduction_answered': { ja: '紹介への回答', en: 'Introduction answered' },
  'work.introduction_recorded': { ja: '紹介の経過を記録', en: 'Introduction step recorded' },
  'work.hearing_recorded': { ja: 'ヒアリングを記録', en: 'Hearing recorded' },
  'work.hearing_read': {
    ja: '参加者のページ（ヒアリング記録）を閲覧',
    en: 'Participant page and hearings read',
  },
  'work.staff_shortage_recorded': {
    ja: '保育士不足（受け入れ制限）を記録',
    en: 'Nursery staff shortage recorded',
  },
  'referral.agreed': { ja: '紹介に本人が同意', en: 'Referral agreed by the person' },
  'retention.settings_changed': { ja: '保存期間の設定を変更', en: 'Retention periods changed' },
  'retention.swept': {
    ja: '保存期間を過ぎた記録を消去',
    en: 'Records past their retention period erased',
  },
  'consultation.legal_hold_placed': { ja: '相談の保存指示（消去停止）', en: 'Legal hold placed' },
  'consultation.legal_hold_lifted': { ja: '相談の保存指示を解除', en: 'Legal hold lifted' },
  'pool.agreement_recorded': {
    ja: '夜間共同対応の協定を登録',
    en: 'Night pool agreement recorded',
  },
  'pool.member_left': { ja: '夜間共同対応から脱退', en: 'Municipality left the night pool' },
  'pool.duty_set': { ja: '夜間共同対応の当番を登録', en: 'Night pool duty set' },
  'pool.queued': {
    ja: '相談を夜間共同対応の待ち行列へ回付',
    en: 'Consultation passed to the night pool',
  },
  'pool.taken': { ja: '夜間チームが相談を担当', en: 'Night team took the consultation' },
  'pool.read': { ja: '夜間チームが相談を閲覧', en: 'Night team read the consultation' },
  'pool.handed_over': {
    ja: '夜間チームから朝の引き継ぎ',
    en: 'Night team handed the consultation back',
  },
  'line.settings_updated': {
    ja: 'LINE公式アカウントの設定を変更',
    en: 'LINE account settings changed',
  },
  'line.linked': { ja: 'LINEを連携', en: 'LINE linked' },
  'line.unlinked': { ja: 'LINEの連携を解除', en: 'LINE unlinked' },
  'care_team.recruit_registered': {
    ja: '有資格者がコーディネーター登録に関心を登録',
    en: 'Licensed resident registered interest',
  },
  'care_team.recruits_read': { ja: '有資格者の登録一覧を閲覧', en: 'Recruit pool read' },
  'care_team.recruit_stage_recorded': {
    ja: '有資格者の経過（面談・研修・認定・シフト入り）を記録',
    en: 'Recruit step recorded',
  },
  'care_team.recruit_licence_verified': {
    ja: '有資格者の免許を名簿で確認',
    en: 'Recruit licence verified',
  },
};

export const auditActionGroupLabels: Record<AuditActionGroup, Label> = {
  auth: { ja: 'サインイン', en: 'Sign-in' },
  account: { ja: 'アカウント', en: 'Accounts' },
  consent: { ja: '同意', en: 'Consent' },
  role: { ja: '役割', en: 'Roles' },
  licence: { ja: '資格確認', en: 'Licences' },
  care_team: { ja: 'ケアチーム', en: 'Care team' },
  employer_admins: { ja: '事業所担当者', en: 'Employer admins' },
  audit: { ja: '監査ログ', en: 'Audit log' },
  consultation: { ja: '相談', en: 'Consultations' },
  pool: { ja: '夜間共同対応', en: 'Night pool' },
  check_in: { ja: '予定の確認', en: 'Check-ins' },
  rating: { ja: '満足度', en: 'Ratings' },
  disclosure: { ja: '本人特定', en: 'Identity disclosure' },
  referral: { ja: '紹介', en: 'Referrals' },
  survey: { ja: 'アンケート', en: 'Surveys' },
  report: { ja: '報告書', en: 'Reports' },
  roster: { ja: 'シフト', en: 'Roster' },
  availability: { ja: '予約枠', en: 'Availability' },
  appointment: { ja: '予約', en: 'Appointments' },
  call: { ja: '通話', en: 'Calls' },
  statistics: { ja: '統計', en: 'Statistics' },
  event: { ja: 'イベント', en: 'Events' },
  childcare: { ja: '保育・子育て', en: 'Childcare' },
  municipality: { ja: '自治体', en: 'Municipality' },
  alliance: { ja: '同盟・コンソーシアム', en: 'Employers’ alliances' },
  measure: { ja: '施策の進み具合', en: 'Measures' },
  work: { ja: '就労支援', en: 'Back to work' },
  retention: { ja: '保存期間', en: 'Retention' },
  stress_check: { ja: 'ストレスチェック', en: 'Stress checks' },
  questionnaire: { ja: '質問票', en: 'Questionnaires' },
  line: { ja: 'LINE', en: 'LINE' },
};

/**
 * The labels of one language nested by group (`auth` → `sign_in`), as i18n resources read
 * them: i18next takes the dot of `auth.sign_in` for a level.
 */
export function auditLabelsIn(language: 'ja' | 'en'): Record<string, Record<string, string>> {
  const nested: Record<string, Record<string, string>> = {};
  for (const [action, label] of Object.entries(auditActionLabels)) {
    const [group, name] = action.split('.') as [string, string];
    (nested[group] ??= {})[name] = label[language];
  }
  return nested;
}

export const auditGroupLabelsIn = (language: 'ja' | 'en'): Record<string, string> =>
  Object.fromEntries(
    Object.entries(auditActionGroupLabels).map(([group, label]) => [group, label[language]]),
  );
