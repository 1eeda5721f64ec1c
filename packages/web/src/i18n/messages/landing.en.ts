/** English messages of `landing.ts`, typed to the same keys as the Japanese. */
import type { MessageShape } from '../shape.ts';
import type { ja } from './landing.ts';

export const en: MessageShape<typeof ja> = {
  landing: {
    signIn: 'Sign in',
    signUp: 'Register with an invite code',
    title: 'A health room for working people',
    heroLead:
      'Your body, your mind, work, raising children, caring for family. Talk to nurses, public-health nurses and midwives by chat or video call.',
    heroPoints: {
      hours: '24 hours',
      free: 'Free',
      private: 'Your employer is not told',
    },
    haveAccount: 'Already registered?',
    whoTitle: 'Who can use it',
    who: 'Employees of the companies taking part, and their families.',
    whoCode:
      'You register with an invite code (or QR code) from your employer. Family members get a family invite code from the employee who registered.',
    privacyTitle: 'Free and confidential',
    privacyLead:
      'Consulting is free. Only the professional who looks after you and the supervising coordinator can read what you write.',
    privacySeenTitle: 'What your employer and the municipality see',
    privacySeen: 'Only statistics, with small groups hidden (such as which topics are common)',
    privacyNeverTitle: 'What they never learn',
    privacyNever: 'Your name, whether you consulted, and what you said',
    hoursTitle: 'Hours',
    hours:
      'Chat any time, 24 hours a day, every day. You can also talk by video or voice call, or book a time.',
    hoursNight: 'At night and on holidays a reply may take a little longer.',
    emergencyTitle: 'In an emergency, call now',
    emergencyLead:
      'This health room is not an emergency line. If a life is in danger or you need help right now, call one of these numbers.',
    stepsTitle: 'How to register',
    steps: {
      code: 'Get an invite code (or QR code) from the person in charge at your employer.',
      register: 'Choose “Register with an invite code”, enter the code, your email and a password.',
      mail: 'Open the link in the email we send, read how your data is handled and agree.',
      start: 'Choose what you want to talk about and send a message: your consultation begins.',
    },
    areaTitle: 'Your area’s page',
    areaLead: 'Local contacts, childcare facilities and events, without registering.',
    areaOne: 'Open the page of {{name}}',
    areaCodeLabel: 'Local government code (6 digits)',
    areaCodeHint: 'For example 462187 for Hioki',
    areaCodeSubmit: 'Open',
  },
  municipalityPage: {
    title: 'Health room for working people in {{name}}',
    titleFallback: 'Area page',
    lead: '{{name}}, {{prefecture}}',
    aboutTitle: 'About the health room',
    aboutConsortium:
      'Employees of the companies in {{consortium}} and their families can consult nurses, public-health nurses and midwives 24 hours a day, free of charge. Neither the employer nor {{name}} learns who consulted.',
    aboutPlain:
      'Employees of the companies taking part in {{name}} and their families can consult nurses, public-health nurses and midwives 24 hours a day, free of charge. Neither the employer nor {{name}} learns who consulted.',
    joinTitle: 'How to join',
    join: 'Register with the invite code (or QR code) your employer gives you. If you are not sure whether your employer takes part, ask your HR or general affairs office.',
    contactsTitle: 'Who to call',
    contactsLead: 'If a life is in danger, call 119 without hesitating.',
    contactsNational:
      'This municipality has not listed its contacts yet. These are the national lines.',
    regionTitle: 'Childcare and local events',
    childcare: 'Find childcare',
    childcareHint: 'Nurseries that can take your child, by birth date',
    vacancies: 'Nursery vacancies',
    vacanciesHint: 'This month’s places, facility by facility',
    alliances: 'Employer networks',
    alliancesHint: 'Member companies working on good workplaces',
    measures: 'The mayor’s measures',
    measuresHint: 'How far each measure has got, with dated, sourced figures',
    work: 'Jobs and projects',
    workHint: 'Openings for people going back to work, and how to join',
    events: 'Events',
    eventsHint: 'Parent meet-ups, courses, advice sessions',
    unknownTitle: 'We could not find this area’s page',
    toLanding: 'Back to the top page',
  },
  publicContacts: {
    title: 'Numbers on the residents’ page',
    lead: 'Phone numbers listed on your area’s page (open to everyone without registering). Keep 119 for emergencies at the top.',
    view: 'View the residents’ page',
    row: 'Contact {{n}}',
    label: 'Name',
    phone: 'Phone number',
    phoneHint: 'e.g. 099-000-1201',
    hours: 'Hours (optional)',
    hoursHint: 'e.g. Weekdays 8:30–17:15',
    remove: 'Remove contact {{n}}',
    add: 'Add a contact',
    save: 'Save',
    saved: 'Saved. The residents’ page shows it now.',
    invalid: {
      label: 'Enter a name of up to 60 characters.',
      phone: 'Enter the number with digits and hyphens.',
      hours: 'Enter the hours in up to 60 characters.',
    },
  },
};
