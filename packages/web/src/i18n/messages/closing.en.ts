/** English messages of `closing.ts`, typed to the same keys as the Japanese. */
import type { MessageShape } from '../shape.ts';
import type { ja } from './closing.ts';

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
