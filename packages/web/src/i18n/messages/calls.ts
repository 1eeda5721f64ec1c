/** Messages of video and voice calls: Japanese first, English typed to the same keys. */

export const ja = {
  calls: {
    kind: { video: 'ビデオ通話', audio: '音声通話' },
    from: { careTeam: '相談員', person: '相談者' },
    start: {
      label: '通話',
      video: 'ビデオ通話をかける',
      audio: '音声通話をかける',
      afterAssignment: '担当の相談員が決まると、ビデオ通話や音声通話もできるようになります。',
    },
    incoming: {
      video: '{{from}}からビデオ通話です',
      audio: '{{from}}から音声通話です',
      accept: '出る',
      decline: '今は出ない',
    },
    status: {
      ringing: '呼び出しています…',
      connecting: 'つないでいます…',
      connected: '通話中',
    },
    quality: {
      good: '通信状態：良好',
      fair: '通信状態：やや不安定',
      poor: '通信状態：不安定',
    },
    screen: {
      label: '通話',
      remote: '相手の映像',
      local: '自分の映像',
      voiceOnly: '音声のみ',
      private: '通話は録音・録画されません。',
    },
    controls: {
      mute: 'マイクをオフ',
      unmute: 'マイクをオン',
      cameraOff: 'カメラをオフ',
      cameraOn: 'カメラをオン',
      switchCamera: 'カメラを切り替える',
      audioOnly: '音声だけにする',
      hangUp: '通話を終える',
    },
    entry: {
      completed: '{{kind}}（{{minutes}}分）',
      declined: '{{kind}}（応答なし）',
      missed: '不在着信（{{kind}}）',
      cancelled: '{{kind}}（取り消し）',
    },
    endedBecause: {
      completed: '通話が終わりました。',
      declined: '相手は今は出られないようです。チャットでもご連絡いただけます。',
      missed: '相手が応答しませんでした。チャットでもご連絡いただけます。',
      cancelled: '通話を取り消しました。',
    },
    mediaDenied:
      'カメラまたはマイクを使えませんでした。ブラウザーの設定で、このサイトにカメラとマイクの使用を許可してください。',
    failed: '通話を始められませんでした。時間をおいてお試しください。',
  },
};
