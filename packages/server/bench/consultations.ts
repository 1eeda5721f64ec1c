import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { signIn, type HttpSession } from './http-session.ts';
import type { BenchTenant } from './seed.ts';
import type { SocketPlan } from './sockets.ts';
import { mapLimit, round } from './stats.ts';

/** argon2 runs on libuv's four worker threads: more sign-ins at once only queue. */
const signInConcurrency = 4;
const apiConcurrency = 16;

export interface OpenedConsultations {
  plans: SocketPlan[];
  signInSeconds: number;
  openSeconds: number;
}

/**
 * Everyone signs in over HTTP (staff pass TOTP, once each: a TOTP step is never accepted
 * twice), each worker starts one consultation, and coordinator i claims consultations
 * i·k … i·k+k-1. Returns one socket plan per side of each consultation.
 */
export async function openConsultations(
  url: string,
  tenant: BenchTenant,
  perCoordinator: number,
): Promise<OpenedConsultations> {
  const signInStart = performance.now();
  const people = [...tenant.workers, ...tenant.coordinators];
  const sessions = await mapLimit(people, signInConcurrency, (person) => signIn(url, person));
  const workerSessions = sessions.slice(0, tenant.workers.length);
  const coordinatorSessions = sessions.slice(tenant.workers.length);
  const signInSeconds = (performance.now() - signInStart) / 1000;

  const openStart = performance.now();
  const ids = await mapLimit(workerSessions, apiConcurrency, async (worker) => {
    const started = await worker.call('startConsultation', {
      body: {
        topics: ['childcare'],
        preference: 'chat',
        firstMessage: {
          clientMsgId: crypto.randomUUID(),
          body: '仕事と子育ての両立について相談したいです',
        },
      },
    });
    return started.consultation.id;
  });
  const coordinatorOf = (index: number): HttpSession => {
    const session = coordinatorSessions[Math.floor(index / perCoordinator)];
    if (!session) throw new Error(`no coordinator for consultation ${index}`);
    return session;
  };
  await mapLimit(ids, apiConcurrency, (id, index) =>
    coordinatorOf(index).call('claimConsultation', { params: { id } }),
  );
  const openSeconds = (performance.now() - openStart) / 1000;

  const plans = ids.flatMap((consultationId, index): SocketPlan[] => [
    { cookie: cookieOf(workerSessions[index]), consultationId, side: 'worker' },
    { cookie: cookieOf(coordinatorOf(index)), consultationId, side: 'coordinator' },
  ]);
  return { plans, signInSeconds: round(signInSeconds), openSeconds: round(openSeconds) };
}

function cookieOf(session: HttpSession | undefined): string {
  if (!session?.cookie) throw new Error('a session without a cookie');
  return session.cookie;
}
