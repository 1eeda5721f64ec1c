import net, { type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that keeps what it receives, for tests. */
export async function startSmtpSink(): Promise<{
  url: string;
  mails: ReceivedMail[];
  close(): Promise<void>;
}> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The sink behind a switch, as a mail server that hangs: `stall()` makes it accept
 * connections and never say a word; `slow(ms)` makes it answer only after that long;
 * `recover()` drops the hung connections and answers again. Counts how many
 * conversations it has held, and how many of those ended while held.
 */
export async function startStallableSmtp() {
  const sink = await startSmtpSink();
  const sinkPort = Number(new URL(sink.url).port);
  let mode: { kind: 'open' } | { kind: 'stalled' } | { kind: 'slow'; delayMs: number } = {
    kind: 'open',
  };
  const held = new Set<net.Socket>();
  const counts = { held: 0, endedWhileHeld: 0 };
  const forward = (socket: net.Socket) => {
    const upstream = net.connect(sinkPort, '127.0.0.1');
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
    socket.pipe(upstream).pipe(socket);
  };
  const front = net.createServer((socket) => {
    if (mode.kind === 'open') return forward(socket);
    held.add(socket);
    counts.held++;
    socket.on('error', () => undefined);
    socket.on('close', () => {
      if (held.delete(socket)) counts.endedWhileHeld++;
    });
    if (mode.kind === 'slow') {
      setTimeout(() => {
        if (held.delete(socket) && !socket.destroyed) forward(socket);
      }, mode.delayMs);
    }
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const { port } = front.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails: sink.mails,
    counts,
    /** Conversations being held right now. */
    holding: () => held.size,
    stall() {
      mode = { kind: 'stalled' };
    },
    slow(delayMs: number) {
      mode = { kind: 'slow', delayMs };
    },
    recover() {
      mode = { kind: 'open' };
      for (const socket of held) {
        held.delete(socket);
        socket.destroy();
      }
    },
    async close() {
      this.recover();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      await sink.close();
    },
  };
}

/** The decoded text of a single-part mail as nodemailer writes it (base64 or quoted-printable). */
export function mailText(raw: string): string {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split);
  const body = raw.slice(split + 4);
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** The decoded parts of a multipart mail (e.g. the text and an .ics attachment), in order. */
export function mailParts(raw: string): string[] {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  if (!boundary) return [mailText(raw)];
  return raw
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => mailText(part.replace(/^\r\n/, '')));
}
