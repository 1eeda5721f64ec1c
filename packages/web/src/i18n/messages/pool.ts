/** The shared night pool (issue 18): the night team's screen, and what the person is told. */
export const ja = {
  pool: {
    title: '夜間共同対応（ネットワーク）',
    intro:
      '夜間、参加自治体で担当がつかなかった相談です。引き受けた相談だけが見え、朝に元の自治体へ引き継ぎます。',
    notOnDuty: 'いまは夜間共同対応の当番ではありません。',
    queue: '夜間の待ち行列',
    queueEmpty: 'いま待っている相談はありません。',
    waitingSince: '{{time}}から待機',
    take: 'この相談を引き受ける',
    mine: '対応中の相談',
    open: '開く',
    messages: 'やりとり',
    reply: 'お返事',
    send: '送信',
    sent: '送信しました',
    emergency: 'この方の自治体の緊急連絡先',
    noEmergency: '登録された連絡先はありません。',
    supervisors: '当番の統括（夜間チーム）: {{count}}人',
    handover: '朝の引き継ぎ',
    handoverHint: '元の自治体の担当者が最初に読む要約です。状況、対応、次にすること。',
    summary: '引き継ぎの要約',
    handOver: '要約をつけて引き継ぐ',
    handedOver: '引き継ぎました。この相談はもう表示されません。',
    link: '夜間共同対応の待ち行列',
    nightTeam:
      'ネットワークの夜間チームの相談員（{{licence}}）が対応しています。朝になると、お住まいの自治体の担当者に引き継がれます。',
  },
};
