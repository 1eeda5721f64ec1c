/** English messages of `retention.ts`, typed to the same keys as the Japanese. */
import type { MessageShape } from '../shape.ts';
import type { ja } from './retention.ts';

export const en: MessageShape<typeof ja> = {
  retention: {
    link: 'Retention periods',
    title: 'How long records are kept',
    lead: 'Set how long each kind of record is kept. Records past their period are erased by an hourly job; the audit log keeps only how many of each kind were erased (never their content). A consultation under a legal hold is not erased, whatever its age.',
    back: 'Back to statistics settings',
    table: 'Retention period per kind of record',
    kind: 'Kind of record',
    current: 'Current period',
    minimum: 'Minimum',
    newValue: 'New period (months)',
    months: '{{months}} months',
    monthsYears: '{{months}} months ({{years}} years)',
    standard: ' (default)',
    hint: '{{min}} to 600 months. It cannot be shorter than the minimum.',
    invalid: 'Enter a whole number of months from {{min}} to 600.',
    save: 'Change retention periods',
    saved: 'The retention periods were changed and the change was recorded in the audit log.',
    kinds: {
      consultations: 'Consultations (with messages, notes and call records)',
      attachments: 'Consultation attachments (photos, PDFs)',
      audit_log: 'Audit log',
      case_records: 'Anonymous case records (behind the statistics)',
      survey_answers: 'Survey answers',
      event_registrations: 'Event registrations',
      work_records: 'Back-to-work records (hearings, introductions)',
    },
    why: {
      consultations:
        'Clinical records (医師法), midwifery records (保健師助産師看護師法) and records of occupational health interviews (労働安全衛生規則) are all kept for 5 years; consultations follow them. The minimum is 5 years too.',
      attachments:
        'Part of the consultation record, but photos and PDFs identify people easily, so they may go after 1 year (the minimum is this system’s choice).',
      audit_log:
        'The ministry’s security guideline for medical information systems asks for access records and their protection but names no period: 7 years by default, longer than the records they describe, and at least 5 (this system’s choice).',
      case_records:
        'Anonymous records behind the statistics: 10 years by default so that a decade of measures can be compared, at least 3 (this system’s choice).',
      survey_answers:
        'Anonymous answers: 5 years by default for results and reports, at least 1 (this system’s choice).',
      event_registrations:
        'Contact details are already erased after the event. The registration is kept 1 year by default for attendance figures, at least 3 months (personal data no longer needed is erased without delay, as the Act on the Protection of Personal Information asks).',
      work_records:
        'The Employment Security Act’s regulations keep job-placement books for 2 years: that is the minimum; the default is 3 years.',
    },
    from: {
      consultations: 'after the consultation closed',
      attachments: 'after the consultation closed',
      audit_log: 'after it was recorded',
      case_records: 'after the month the consultation closed',
      survey_answers: 'after the survey closed',
      event_registrations: 'after the event ended',
      work_records: 'after the hearing or the last update',
    },
  },
  legalHold: {
    title: 'Legal hold',
    held: 'This consultation is under a legal hold. It is not erased when its retention period ends, nor are its messages, notes and attachments.',
    reason: 'Reason',
    placedBy: 'Placed by',
    placedAt: 'Placed at',
    lead: 'Stop the erasure of this consultation when its record must be kept for a court, an investigation or a complaint. The reason is stored encrypted; placing and lifting are recorded in the audit log.',
    reasonLabel: 'Reason for the legal hold',
    reasonHint: 'For example: "Order to produce documents, case 12 of 2026". Up to 500 characters.',
    place: 'Place a legal hold',
    lift: 'Lift the legal hold',
    liftConfirm:
      'Once lifted, this consultation is erased by the next run if its retention period has passed.',
  },
};
