/** English messages of `home.ts`, typed to the same keys as the Japanese. */
import type { MessageShape } from '../shape.ts';
import type { ja } from './home.ts';

export const en: MessageShape<typeof ja> = {
  home: {
    greeting: 'Hello, {{name}}',
    consulting: {
      aboutTitle: 'About Yorisoi',
      about:
        'Yorisoi is a health room for working people: you can consult nurses, public-health nurses and midwives 24 hours a day.',
      topics:
        'Physical and mental health, work and career, childcare, pregnancy and birth, caring for family: please ask us about anything.',
      enrolledWorker:
        'You are registered as an employee of {{organization}} ({{municipality}}). Your employer never learns what you consult about.',
      enrolledFamily:
        'You are registered as family of an employee of {{organization}}. The employer never learns what you consult about.',
      consentTitle: 'Your personal information',
      consentGiven: 'Agreed',
      consentVersion: '(version {{version}})',
      consentNote: 'You can withdraw consent, download or delete your data from your account page.',
      linksLabel: 'Frequently used pages',
      toProfile: 'Account settings',
      toFamily: 'Invite family',
      toConsent: 'Read what you agreed to',
    },
    coordinator: {
      licenceTitle: 'Your licence',
      noLicence: 'No licence is registered. Please contact your lead coordinator.',
      state: {
        pending: 'Your licence is being checked. Once verified, you can take consultations.',
        verified: 'Your licence is verified. You can take consultations.',
        rejected: 'Your licence could not be verified. Please contact your lead coordinator.',
      },
      teamTitle: 'Your team',
      team: 'You are a member of the {{municipality}} care team.',
      privacy:
        'Only the assigned coordinators and lead coordinators can read consultations. Every read is recorded in the audit log.',
    },
    supervisor: {
      teamTitle: 'Care team at a glance',
      toCareTeam: 'Manage care team',
      pending: 'Licences awaiting check',
      invited: 'Not yet activated',
      pendingTitle: 'Licences awaiting your check',
      pendingLead: 'Check the registration number against the licence, then press “Verify”.',
      auditTitle: 'Audit log',
      auditLead: 'See what staff did and read.',
      toAudit: 'Open audit log',
    },
    employer: {
      lead: 'For the administrator of {{name}}',
      invitesTitle: 'Invite codes',
      invitesLead:
        'Hand out invite codes or QR codes and your employees can register with Yorisoi.',
      toInvites: 'Manage invite codes',
    },
    city: {
      lead: 'Secretariat page of {{municipality}}.',
      organizationsTitle: 'Participating employers',
      toOrganizations: 'Manage employers',
      total: 'Registered employers',
      consortium: 'Consortium members',
      ikuboss: 'Ikuboss declarations',
    },
    network: {
      lead: 'Municipalities taking part in the network.',
      municipalitiesTitle: 'Participating municipalities',
      toMunicipalities: 'Manage municipalities',
    },
  },
};
