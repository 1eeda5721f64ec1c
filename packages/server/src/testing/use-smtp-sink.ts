import { afterAll, beforeAll } from 'vitest';
import { startSmtpSink } from './smtp-sink.ts';
import { readThrough } from './read-through.ts';

export type SmtpSink = Awaited<ReturnType<typeof startSmtpSink>>;

/** A mail sink for the tests of one file, started before anything that sends to it. */
export function useSmtpSink(): SmtpSink {
  let sink: SmtpSink | null = null;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(() => sink?.close());
  return readThrough(['url', 'mails', 'close'], () => sink, 'the SMTP sink');
}
