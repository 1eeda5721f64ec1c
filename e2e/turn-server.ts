import crypto from 'node:crypto';
import dgram from 'node:dgram';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';

export const turnServerPath = process.env.TURNSERVER_PATH ?? '/usr/bin/turnserver';

export interface TurnServer {
  url: string;
  secret: string;
  stop(): Promise<void>;
}

/** A UDP port nobody uses right now. */
async function freeUdpPort(): Promise<number> {
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

/** Whether a STUN Binding request (RFC 5389) to the port gets a success response. */
async function answersStun(port: number): Promise<boolean> {
  const socket = dgram.createSocket('udp4');
  const request = Buffer.alloc(20);
  request.writeUInt16BE(0x0001, 0);
  request.writeUInt16BE(0, 2);
  request.writeUInt32BE(0x2112a442, 4);
  crypto.randomBytes(12).copy(request, 8);
  try {
    return await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 300);
      socket.once('message', (message) => {
        clearTimeout(timer);
        resolve(
          message.readUInt16BE(0) === 0x0101 &&
            message.subarray(8, 20).equals(request.subarray(8, 20)),
        );
      });
      socket.send(request, port, '127.0.0.1');
    });
  } finally {
    socket.close();
  }
}

/**
 * coturn on loopback with the TURN REST scheme (`use-auth-secret`), as README's coturn
 * section runs it, plus `allow-loopback-peers`: both browsers' relayed addresses are on
 * 127.0.0.1, which coturn refuses as peers by default.
 */
export async function startTurnServer(): Promise<TurnServer> {
  const port = await freeUdpPort();
  const minPort = 40_000 + crypto.randomInt(0, 200) * 100;
  const secret = crypto.randomBytes(24).toString('base64url');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yorisoi-turn-'));
  const child: ChildProcess = spawn(
    turnServerPath,
    [
      '-n',
      '--listening-ip=127.0.0.1',
      '--relay-ip=127.0.0.1',
      `--listening-port=${port}`,
      `--min-port=${minPort}`,
      `--max-port=${minPort + 99}`,
      '--use-auth-secret',
      `--static-auth-secret=${secret}`,
      '--realm=yorisoi.test',
      '--fingerprint',
      '--allow-loopback-peers',
      '--no-tls',
      '--no-dtls',
      '--no-cli',
      '--no-stdout-log',
      `--log-file=${path.join(dir, 'turn.log')}`,
      '--simple-log',
      `--pidfile=${path.join(dir, 'turn.pid')}`,
      `--db=${path.join(dir, 'turndb')}`,
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 15_000;
  while (!(await answersStun(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`turnserver did not start on 127.0.0.1:${port} (log in ${dir})`);
    }
  }
  return {
    url: `turn:127.0.0.1:${port}?transport=udp`,
    secret,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
