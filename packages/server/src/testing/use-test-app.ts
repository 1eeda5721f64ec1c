import { afterEach, beforeAll } from 'vitest';
import { createTenant, signInAs, type FixturePerson, type TenantFixture } from './fixtures.ts';
import type { TestClient } from './test-client.ts';
import { startTestApp, type TestApp } from './test-app.ts';
import { connectSocket, type TestSocket } from './socket-client.ts';
import { readThrough, useStarted } from './use-started.ts';

/**
 * The application for the tests of one file: started before them (`env` is read then, so
 * it may use what earlier hooks set up, an SMTP sink …) and closed after them. What it
 * answers is a TestApp once the tests run.
 */
export function useTestApp(env: () => Record<string, string> = () => ({})): TestApp {
  return useStarted('the test app', () => startTestApp(env()), [
    'app',
    'ctx',
    'clock',
    'databaseUrl',
    'close',
  ]);
}

/** A municipality with one person of each role, created before the file's tests. */
export function useTenant(t: TestApp, label: string): TenantFixture {
  let created: TenantFixture | null = null;
  beforeAll(async () => {
    created = await createTenant(t.ctx, label);
  });
  return readThrough(
    ['municipalityId', 'municipalityName', 'organizations', 'inviteCode', 'people'],
    () => created,
    `the tenant ${label}`,
  );
}

export interface LiveSockets {
  /** Where the application listens. */
  readonly url: string;
  /** A socket with a signed-in client's session, closed after the test. */
  connect(client: { cookie: string | null }): Promise<TestSocket>;
  /** A person signed in, with a socket of their own, closed after the test. */
  connectAs(person: FixturePerson): Promise<{ client: TestClient; socket: TestSocket }>;
  /** Sockets opened otherwise, to be closed after the test too. */
  closeAfterTest(...sockets: TestSocket[]): void;
}

/** The application listening on a port for real sockets; they are closed after each test. */
export function useSockets(t: TestApp): LiveSockets {
  let listening: string | null = null;
  const open: TestSocket[] = [];
  beforeAll(async () => {
    listening = await t.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterEach(() => {
    for (const socket of open.splice(0)) socket.close();
  });
  return {
    get url() {
      if (!listening) throw new Error('the test app is not listening');
      return listening;
    },
    async connect(client) {
      const socket = await connectSocket(this.url, client.cookie);
      open.push(socket);
      return socket;
    },
    async connectAs(person) {
      const client = await signInAs(t, person);
      return { client, socket: await this.connect(client) };
    },
    closeAfterTest(...sockets) {
      open.push(...sockets);
    },
  };
}
