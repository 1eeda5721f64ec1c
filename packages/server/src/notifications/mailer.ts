import nodemailer from 'nodemailer';
import type { Config } from '../config/config.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** e.g. an iCalendar file for an appointment. */
  attachments?: { filename: string; content: string; contentType: string }[];
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** SMTP through nodemailer, or null when SMTP_URL is not set (alerts are then recorded as skipped). */
export function createMailer(config: Config): Mailer | null {
  if (!config.mail) return null;
  const transport = nodemailer.createTransport(config.mail.url);
  const from = config.mail.from;
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
  };
}
