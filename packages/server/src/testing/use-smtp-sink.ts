import { startSmtpSink } from './smtp-sink.ts';
import { useStarted } from './use-started.ts';

export type SmtpSink = Awaited<ReturnType<typeof startSmtpSink>>;

/** A mail sink for the tests of one file, started before anything that sends to it. */
export function useSmtpSink(): SmtpSink {
  return useStarted('the SMTP sink', startSmtpSink, ['url', 'mails', 'close']);
}
