/** English messages of `calls.ts`, typed to the same keys as the Japanese. */
import type { MessageShape } from '../shape.ts';
import type { ja } from './calls.ts';

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
