import type { ja } from './ja.ts';
import type { MessageShape } from './shape.ts';
import * as core from './messages/core.ts';
import * as auth from './messages/auth.ts';
import * as home from './messages/home.ts';
import * as profile from './messages/profile.ts';
import * as admin from './messages/admin.ts';
import * as consultations from './messages/consultations.ts';
import * as care from './messages/care.ts';
import * as appointments from './messages/appointments.ts';
import * as statistics from './messages/statistics.ts';
import * as calls from './messages/calls.ts';
import * as surveys from './messages/surveys.ts';
import * as reports from './messages/reports.ts';
import * as careConsole from './messages/console.ts';
import * as events from './messages/events.ts';
import * as childcare from './messages/childcare.ts';
import * as referrals from './messages/referrals.ts';
import * as landing from './messages/landing.ts';
import * as closing from './messages/closing.ts';

/** English: type-checked to have exactly the keys of `ja`. */
export const en: MessageShape<typeof ja> = {
  ...core.en,
  ...auth.en,
  ...home.en,
  ...profile.en,
  ...admin.en,
  ...consultations.en,
  ...care.en,
  ...appointments.en,
  ...statistics.en,
  ...calls.en,
  ...surveys.en,
  ...reports.en,
  ...careConsole.en,
  ...events.en,
  ...childcare.en,
  ...referrals.en,
  ...landing.en,
  ...closing.en,
};
