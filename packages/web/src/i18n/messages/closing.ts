/** Messages of the card the person sees when their consultation has been closed. */

export const ja = {
  closing: {
    title: '相談は終了しました',
    thanks:
      'ご相談いただき、ありがとうございました。これまでのやりとりは、いつでも読み返せます。また何かあれば、いつでも新しく相談できます。',
    ratingLegend: '今回の相談はいかがでしたか',
    ratingHint: '任意です。よりよい相談のために使わせていただきます。',
    scores: {
      '1': 'よくなかった',
      '2': 'いまひとつ',
      '3': 'ふつう',
      '4': 'よかった',
      '5': 'とてもよかった',
    },
    comment: 'ひとこと（任意）',
    commentHint: '500文字まで。担当者への感想やご意見をどうぞ。',
    send: '評価を送る',
    sent: '評価をお送りいただきました：{{label}}。ありがとうございました。',
    alreadyRated: 'この相談の評価は、すでにお送りいただいています。ありがとうございました。',
    nextTime: '次回も同じ担当者に相談する',
    nextTimeHint: '担当者が勤務中であれば、次の相談も同じ担当者につながります。',
    nextTimeSaved: '次回の担当者の希望を保存しました。',
    startNew: '新しく相談する',
  },
};
