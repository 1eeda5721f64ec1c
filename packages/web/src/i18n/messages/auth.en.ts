/** English messages of `auth.ts`, typed to the same keys as the Japanese. */
import type { MessageShape } from '../shape.ts';
import type { ja } from './auth.ts';

export const en: MessageShape<typeof ja> = {
  signIn: {
    title: 'Sign in',
    lead: 'Please enter your email address and password.',
    submit: 'Sign in',
    newTitle: 'New here?',
    newBody: 'You can register with the invite code (or QR code) you received from your employer.',
    toSignUp: 'Register with an invite code',
    throttledTitle: 'Sign-in is slowed down for now',
    throttledStaff:
      'Staff: enter the code from your authenticator app below and you are signed in straight away.',
    throttledPeople:
      'Everyone else: please try again a little later, or reset your password. The link in the reset mail lets you back in at once.',
    throttledReset: 'Reset my password',
    totpOptionalHint: 'Staff only. The 6-digit number shown in your authenticator app.',
    signedOutEverywhere: 'You have been signed out on all devices.',
    deletionTitle: 'We have received your deletion request',
    deletionBody: 'Your account and data will be deleted on {{date}}. Thank you for using Yorisoi.',
  },
  signUp: {
    title: 'Register',
    lead: 'Please enter the invite code you received from your employer or family.',
    codeStep: 'Check invite code',
    codeHint: '8 letters and digits (e.g. 4AC7-DEFG). Lower case or full-width is fine.',
    check: 'Check code',
    haveAccount: 'Already registered?',
    toSignIn: 'Sign in',
    found: {
      worker: 'This invite code is from {{organization}} ({{municipality}})',
      family:
        'This invite code is for family of an employee of {{organization}} ({{municipality}})',
    },
    codeShown: 'Invite code: {{code}}',
    changeCode: 'Use a different code',
    formLabel: 'Create your account',
    emailHint: 'Used for signing in and notices. Your employer is never told.',
    passwordHint: 'At least {{min}} characters, different from your other services.',
    displayNameHint: 'The name coordinators will call you. Your real name or a nickname is fine.',
    nicknameHint: 'If set, we use this name on screen.',
    privacyNote: 'Your employer is never told what you consult about, or even that you registered.',
    submit: 'Register',
    sentTitle: 'We have sent you a confirmation mail',
    sentBody: 'We have sent a mail to {{email}} to finish your registration.',
    sentStep1: 'Open the mail and its link within {{hours}} hours.',
    sentStep2: 'Opening the link finishes your registration and signs you in.',
    sentStep3:
      'If no mail arrives, check your spam folder and the address you typed. An address that is already registered gets a mail about signing in instead.',
    sentAgain: 'Register with another address',
    noMailTitle: 'This service cannot send mail',
    noMailBody:
      'This installation is not set up to send mail, so you cannot register here. Please contact your employer’s contact person or the city’s health consultation desk.',
    confirmTitle: 'Finish your registration',
    confirmLead: 'Press the button to finish your registration and sign in.',
    confirmSubmit: 'Finish registration',
    confirmBadLink:
      'This link is not valid. Please open the link in the mail exactly as it is, or register again.',
    confirmAgain: 'Register again',
  },
  passwordReset: {
    forgot: 'Forgot your password?',
    requestTitle: 'Reset your password',
    requestLead:
      'Enter the email address you registered with. We will send you a link to choose a new password.',
    requestSubmit: 'Send me a reset link',
    staffNote:
      'Staff who can no longer use their authenticator app either: please ask your supervisor to reset your access.',
    mailTitle: 'Request received',
    mailBody:
      'If {{email}} is registered, we have sent it a reset link. Please open it within 30 minutes, and check your spam folder if it does not arrive.',
    noMailTitle: 'This service cannot send mail',
    noMailBody:
      'This installation is not set up to send mail, so a password cannot be reset here. Please contact your employer’s contact person or the city’s health consultation desk.',
    backToSignIn: 'Back to sign in',
    setTitle: 'Choose a new password',
    setLead: 'Choose a new password. Once it is set, you are signed out on every device.',
    setSubmit: 'Set password',
    badLink:
      'This link is not valid. Please open the link in the mail exactly as it is, or ask for a new one.',
    doneTitle: 'Your password has been set',
    doneBody: 'Please sign in with your new password.',
    toSignIn: 'Sign in',
    askAgain: 'Ask for a new reset link',
  },
  activate: {
    title: 'Activate your account',
    lead: 'This is the {{role}} account of {{name}} ({{email}}). Choose a password to get started.',
    badLink: 'This link is not valid. Please open the link exactly as you received it.',
    next: 'Next, you will set up two-step verification with an authenticator app.',
    submit: 'Set password',
  },
  mfa: {
    setupTitle: 'Set up two-step verification',
    setupLead:
      'To protect consultations, staff must use two-step verification with an authenticator app (e.g. Google Authenticator, Microsoft Authenticator).',
    step1Title: '1. Add Yorisoi to your authenticator app',
    step1Body: 'Scan this QR code with your authenticator app.',
    qrAlt: 'QR code for your authenticator app',
    manualEntry: 'If you cannot scan it, type this key instead.',
    step2Title: '2. Enter the verification code',
    codeHint: 'The 6-digit number shown in your authenticator app.',
    enable: 'Finish setup',
    verifyTitle: 'Enter verification code',
    verifyLead: 'Please enter the 6-digit code shown in your authenticator app.',
    verify: 'Verify',
    otherAccount: 'Sign in with a different account',
  },
  consent: {
    title: 'Consent to how we handle personal information',
    lead: 'Before you start consulting, please read the following.',
    purposesTitle: 'Purposes',
    purposes: {
      care: 'Answering your consultations',
      statistics: 'Statistics that cannot identify anyone',
      referral: 'Introducing local support, if you wish',
      safety: 'Emergency action to protect life and health',
    },
    version: 'Version {{version}} (effective {{date}})',
    formLabel: 'Confirm consent',
    checkbox: 'I have read the above and agree',
    submit: 'Agree and start',
    alreadyTitle: 'You have agreed',
    alreadyBody:
      'You have agreed to this text. You can withdraw your consent from your account page.',
    toHome: 'Go to home',
    manageNote: 'Even without agreeing, you can review or delete the data you registered.',
    toProfile: 'Account settings',
  },
  enrolment: {
    title: 'Registered people',
    workers: 'Employees',
    family: 'Family members',
    privacy: 'Neither the employer nor the city can see who registered or who consulted.',
  },
};
