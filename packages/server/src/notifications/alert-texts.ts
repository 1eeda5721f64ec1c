/**
 * Alert mails say that something needs attention and where to look, never what anyone
 * wrote or who wrote it: mail leaves the platform and may be read on any device.
 */
export function highRiskAlert(consoleUrl: string) {
  return {
    subject: '【寄り添い】緊急度の高い相談があります / Urgent consultation',
    text: [
      '緊急度の高い表現を含む相談が届きました。すぐにコンソールで確認し、リスク評価を行ってください。',
      consoleUrl,
      '',
      'A consultation contains a high-risk expression. Please open the console and assess the risk now.',
    ].join('\n'),
  };
}

export function slaBreachAlert(consoleUrl: string, kind: 'firstResponse' | 'nextResponse') {
  const ja = kind === 'firstResponse' ? '最初の返信' : '次の返信';
  const en = kind === 'firstResponse' ? 'a first answer' : 'an answer';
  return {
    subject: `【寄り添い】${ja}の目標時間を過ぎた相談があります / Response overdue`,
    text: [
      `${ja}の目標時間を過ぎても対応されていない相談があります。コンソールで確認してください。`,
      consoleUrl,
      '',
      `A consultation has waited longer than its target for ${en}. Please open the console.`,
    ].join('\n'),
  };
}
