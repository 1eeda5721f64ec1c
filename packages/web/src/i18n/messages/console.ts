/** Messages of the care team's console and 緊急 inbox: Japanese first, English typed to the same keys. */
import type { MessageShape } from '../shape.ts';

export const ja = {
  console: {
    closedBody:
      'ケース記録を保存し、相談を終了しました。やりとりはいつでも読み返せます。次の相談は左の一覧から開けます。',
    close: {
      approval: '統括として、フォローアップなしでの終了を承認する',
      approvalHint:
        '命に関わるおそれのある相談で、つなぎ先の紹介も予約もないまま終了するときにだけ必要です。承認は監査ログに記録されます。',
      safeguardHint:
        '命に関わるおそれのある表現があった相談は、リスク評価の記録と、つなぎ先の紹介・予約のいずれか（または統括コーディネーターの承認）がないと終了できません。',
    },
  },
  crisis: {
    badge: '緊急',
    badgeLabelNone: '緊急：未確認の危機はありません',
    badgeLabel: '緊急：未確認の危機が{{n}}件あります',
    title: '緊急',
    lead: '命に関わるおそれのある表現があり、まだリスク評価が記録されていない相談です。未確認のもの、高リスク、待ち時間の長いものから並んでいます。新しい危機はすぐにここに表示されます。',
    privacy: '相談の内容は、相談を開いたときに表示されます。',
    empty: 'いま対応が必要な危機はありません。',
    caption: 'リスク評価を待っている相談',
    levelColumn: '危険度',
    kindColumn: '表現の種類',
    sinceColumn: '経過',
    holderColumn: '担当',
    supervisorColumn: '統括の参加',
    seenColumn: '確認',
    since: '{{minutes}}分前から',
    sinceHours: '{{hours}}時間{{minutes}}分前から',
    waiting: '未担当（相談キューで待機中）',
    holderMe: 'あなた（{{name}}）',
    noSupervisor: 'まだ誰も参加していません',
    youJoined: 'あなたが参加中',
    unseen: '未確認',
    seenBy: '{{name}}が確認（{{time}}）',
    acknowledge: '確認した',
    acknowledgeFor: '{{kind}}の相談を確認済みにする',
    join: '会話に加わる',
    open: '開いてリスク評価',
    openQueue: '相談キューで引き受ける',
  },
} as const;

export const en: MessageShape<typeof ja> = {
  console: {
    closedBody:
      'The case record is saved and the consultation is closed. The conversation stays readable. Open the next one from the list on the left.',
    close: {
      approval: 'As supervisor, I approve closing without a follow-up',
      approvalHint:
        'Only needed for a high-risk consultation closed with neither a referral nor an appointment. Your approval is recorded in the audit log.',
      safeguardHint:
        'A consultation with a possibly life-threatening expression can only be closed once the risk assessment is recorded and a referral or appointment is in place (or a supervisor approves).',
    },
  },
  crisis: {
    badge: 'Urgent',
    badgeLabelNone: 'Urgent: no unacknowledged crisis',
    badgeLabel: 'Urgent: {{n}} unacknowledged crisis alert(s)',
    title: 'Urgent',
    lead: 'Consultations with a possibly life-threatening expression whose risk assessment is not yet recorded. Unacknowledged first, then high risk, then the longest waiting. New crises appear here at once.',
    privacy: 'What was written is shown when you open the consultation.',
    empty: 'No crisis needs attention now.',
    caption: 'Consultations waiting for a risk assessment',
    levelColumn: 'Risk',
    kindColumn: 'Kind of expression',
    sinceColumn: 'Since',
    holderColumn: 'Held by',
    supervisorColumn: 'Supervisor',
    seenColumn: 'Acknowledged',
    since: 'for {{minutes}} min',
    sinceHours: 'for {{hours}} h {{minutes}} min',
    waiting: 'Nobody yet (waiting in the queue)',
    holderMe: 'You ({{name}})',
    noSupervisor: 'Nobody has joined yet',
    youJoined: 'You are in it',
    unseen: 'Not yet',
    seenBy: '{{name}} ({{time}})',
    acknowledge: 'Acknowledge',
    acknowledgeFor: 'Acknowledge the consultation with {{kind}}',
    join: 'Join the conversation',
    open: 'Open and assess',
    openQueue: 'Take it from the queue',
  },
};
