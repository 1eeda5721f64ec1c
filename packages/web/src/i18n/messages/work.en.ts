/** English messages of `work.ts`, typed to the same keys as the Japanese. */
import type { MessageShape } from '../shape.ts';
import type { ja } from './work.ts';

export const en: MessageShape<typeof ja> = {
  work: {
    profile: {
      title: 'My work profile',
      lead: 'Tell us what you are good at, how many hours you can work, and the days and times that fit around nursery pick-up. You choose what a company may see, and you are always asked before any introduction.',
      programme: 'Programme',
      noProgramme: 'This municipality does not take part in a back-to-work programme yet.',
      skills: 'What you can do',
      skillsHint: 'Choose from the programme’s list (as many as you like).',
      freeWords: 'Other skills (free words)',
      freeWordsHint: 'Separate them with commas. For example: Illustrator, English conversation',
      experience: 'Experience',
      experienceHint: 'Jobs you had, and what you learnt raising children or in the community.',
      qualifications: 'Qualifications',
      registrationNumber: 'Nursery teacher registration number',
      registrationNumberHint:
        'As on the certificate: the prefecture, a hyphen and the number. For example: 静岡県-012345',
      hours: 'Hours a week you would like to work',
      hoursMin: 'At least (hours)',
      hoursMax: 'At most (hours)',
      week: 'Days and times you can work',
      weekHint: 'Tap the times you can work. Leave out the time you collect your child.',
      weekSummary: 'Chosen: {{hours}} hours a week',
      remoteOk: 'I can work from home',
      onsiteOk: 'I can go to a workplace',
      maxTravelKm: 'How far you can travel (km)',
      availableFrom: 'I can start on',
      childcareNeed: 'Childcare during meetings and work',
      childcareNeeds: {
        none: 'Not needed',
        preferred: 'Would be welcome',
        required: 'I can only take part with childcare',
      },
      path: 'The way you want to work',
      shown: 'What a company may see when you are introduced',
      shownHint:
        'Your name and contact details reach a company only after you agree to the introduction.',
      shownFields: {
        skills: 'Skills',
        experience: 'Experience',
        qualifications: 'Qualifications',
        hours: 'Hours a week',
        availability: 'Days and times',
        area: 'Where you live (roughly)',
      },
      save: 'Save',
      saved: 'Saved ({{time}})',
      reference: 'Reference: {{label}}',
    },
    staff: {
      title: 'Back-to-work programme',
      skills: 'Skills list',
    },
    blocks: {
      early: 'Early 7–9',
      morning: 'Morning 9–12',
      lunch: 'Midday 12–14',
      afternoon: 'Afternoon 14–17',
      evening: 'Evening 17–19',
      night: 'Night 19–22',
    },
    weekdays: {
      sun: 'Sun',
      mon: 'Mon',
      tue: 'Tue',
      wed: 'Wed',
      thu: 'Thu',
      fri: 'Fri',
      sat: 'Sat',
    },
  },
};
