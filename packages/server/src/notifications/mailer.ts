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
  /** Connects and logs in without sending: `yorisoi doctor` asks whether mail would go out. */
  verify(): Promise<void>;
}

/**
 * SMTP through nodemailer, or null when SMTP_URL is not set (notices are then recorded as
 * skipped). Every wait of the conversation (connecting, the greeting, each reply) is cut
 * at the delivery timeout, so a server that accepts and never answers frees the socket.
 */
export function createMailer(config: Config): Mailer | null {
  if (!config.mail) return null;
  const timeout = config.outbox.deliveryTimeoutMs;
  const transport = nodemailer.createTransport({
    url: config.mail.url,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  const from = config.mail.from;
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
    async verify() {
      await transport.verify();
    },
  };
}
