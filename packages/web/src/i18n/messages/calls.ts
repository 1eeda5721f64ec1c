/** Messages of video and voice calls: Japanese first, English typed to the same keys. */
import type { MessageShape } from '../shape.ts';

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

export const en: MessageShape<typeof ja> = {
  calls: {
    kind: { video: 'Video call', audio: 'Voice call' },
    from: { careTeam: 'your coordinator', person: 'the person consulting' },
    start: {
      label: 'Call',
      video: 'Start a video call',
      audio: 'Start a voice call',
      afterAssignment:
        'Video and voice calls are possible once a coordinator has taken this consultation.',
    },
    incoming: {
      video: 'Video call from {{from}}',
      audio: 'Voice call from {{from}}',
      accept: 'Answer',
      decline: 'Not now',
    },
    status: {
      ringing: 'Ringing…',
      connecting: 'Connecting…',
      connected: 'In a call',
    },
    quality: {
      good: 'Connection: good',
      fair: 'Connection: fair',
      poor: 'Connection: poor',
    },
    screen: {
      label: 'Call',
      remote: 'The other side',
      local: 'You',
      voiceOnly: 'Voice only',
      private: 'Calls are never recorded.',
    },
    controls: {
      mute: 'Mute',
      unmute: 'Unmute',
      cameraOff: 'Camera off',
      cameraOn: 'Camera on',
      switchCamera: 'Switch camera',
      audioOnly: 'Voice only',
      hangUp: 'Hang up',
    },
    entry: {
      completed: '{{kind}} ({{minutes}} min)',
      declined: '{{kind}} (not answered)',
      missed: '{{kind}} (missed)',
      cancelled: '{{kind}} (cancelled)',
    },
    endedBecause: {
      completed: 'The call has ended.',
      declined: 'The other side cannot answer right now. You can still write in the chat.',
      missed: 'There was no answer. You can still write in the chat.',
      cancelled: 'You cancelled the call.',
    },
    mediaDenied:
      'The camera or microphone could not be used. Please allow this site to use them in your browser settings.',
    failed: 'The call could not be started. Please try again later.',
  },
};
