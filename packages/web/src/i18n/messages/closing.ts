/** Messages of the card the person sees when their consultation has been closed. */
import type { MessageShape } from '../shape.ts';

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

export const en: MessageShape<typeof ja> = {
  closing: {
    title: 'This consultation has ended',
    thanks:
      'Thank you for talking to us. You can read the conversation again at any time, and start a new consultation whenever you need.',
    ratingLegend: 'How was this consultation?',
    ratingHint: 'Optional. It helps us improve.',
    scores: {
      '1': 'Poor',
      '2': 'Not so good',
      '3': 'Okay',
      '4': 'Good',
      '5': 'Very good',
    },
    comment: 'A few words (optional)',
    commentHint: 'Up to 500 characters: your thoughts for the care team.',
    send: 'Send rating',
    sent: 'Thank you for your rating: {{label}}.',
    alreadyRated: 'You have already rated this consultation. Thank you.',
    nextTime: 'Talk to the same person next time',
    nextTimeHint: 'When they are on shift, your next consultation goes to them.',
    nextTimeSaved: 'Your choice for next time is saved.',
    startNew: 'Start a new consultation',
  },
};
