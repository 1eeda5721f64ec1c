import { describe, expect, it } from 'vitest';
import type { Role, TSessionResponse } from '@yorisoi/shared';
import { afterSignIn, decideRoute, nextStepFor, paths } from './guards.ts';
import { navFor } from './nav.ts';

const signedOut: TSessionResponse = { user: null, mfa: 'not_required', csrfToken: null };

function session(
  role: Role,
  mfa: TSessionResponse['mfa'],
  consentRequired = false,
): TSessionResponse {
  return {
    mfa,
    csrfToken: 'token',
    user: {
      id: '3f2b6c1e-8a4d-4c2b-9e7f-1a2b3c4d5e6f',
      role,
      email: 'a@example.jp',
      displayName: 'テスト',
      nickname: null,
      birthYear: null,
      locale: 'ja',
      municipality: null,
      organization: null,
      licence: null,
      consent: { required: consentRequired, currentVersion: '2026-04', grantedVersion: null },
      programme: null,
    },
  };
}

describe('nextStepFor', () => {
  it('sends each state to its step', () => {
    expect(nextStepFor(signedOut)).toBe(paths.signIn);
    expect(nextStepFor(session('coordinator', 'enrol'))).toBe(paths.mfaSetup);
    expect(nextStepFor(session('city_staff', 'verify'))).toBe(paths.mfaVerify);
    expect(nextStepFor(session('worker', 'not_required', true))).toBe(paths.consent);
    expect(nextStepFor(session('worker', 'not_required'))).toBe(paths.home);
    expect(nextStepFor(session('supervisor', 'ok'))).toBe(paths.home);
  });
});

describe('decideRoute', () => {
  const app = { kind: 'app' } as const;

  it('requires a session for the app', () => {
    expect(decideRoute(signedOut, app)).toEqual({ kind: 'redirect', to: paths.signIn });
  });

  it('keeps staff on the second-factor step until done', () => {
    expect(decideRoute(session('employer_admin', 'enrol'), app)).toEqual({
      kind: 'redirect',
      to: paths.mfaSetup,
    });
    expect(decideRoute(session('employer_admin', 'verify'), { kind: 'consent' })).toEqual({
      kind: 'redirect',
      to: paths.mfaVerify,
    });
    expect(decideRoute(session('employer_admin', 'enrol'), { kind: 'mfa', step: 'enrol' })).toEqual(
      { kind: 'allow' },
    );
    expect(decideRoute(session('employer_admin', 'ok'), { kind: 'mfa', step: 'enrol' })).toEqual({
      kind: 'redirect',
      to: paths.home,
    });
  });

  it('sends people without consent to the consent page, but not away from their account', () => {
    const noConsent = session('family', 'not_required', true);
    expect(decideRoute(noConsent, app)).toEqual({ kind: 'redirect', to: paths.consent });
    expect(decideRoute(noConsent, { kind: 'app', withoutConsent: true })).toEqual({
      kind: 'allow',
    });
    expect(decideRoute(noConsent, { kind: 'consent' })).toEqual({ kind: 'allow' });
  });

  it('keeps staff off the consent page', () => {
    expect(decideRoute(session('city_staff', 'ok'), { kind: 'consent' })).toEqual({
      kind: 'redirect',
      to: paths.home,
    });
  });

  it('limits pages to roles', () => {
    const rule = { kind: 'app', roles: ['supervisor'] } as const;
    expect(decideRoute(session('supervisor', 'ok'), rule)).toEqual({ kind: 'allow' });
    expect(decideRoute(session('coordinator', 'ok'), rule)).toEqual({
      kind: 'redirect',
      to: paths.home,
    });
  });

  it('sends signed-in people away from the sign-in page', () => {
    expect(decideRoute(session('worker', 'not_required'), { kind: 'guest' })).toEqual({
      kind: 'redirect',
      to: paths.home,
    });
    expect(decideRoute(signedOut, { kind: 'guest' })).toEqual({ kind: 'allow' });
    expect(decideRoute(session('worker', 'not_required'), { kind: 'public' })).toEqual({
      kind: 'allow',
    });
  });
});

describe('afterSignIn', () => {
  it('returns to the page that asked for sign-in', () => {
    expect(afterSignIn(session('worker', 'not_required'), '/profile')).toBe('/profile');
  });

  it('does not skip a pending step or leave the site', () => {
    expect(afterSignIn(session('supervisor', 'verify'), '/admin/care-team')).toBe(paths.mfaVerify);
    expect(afterSignIn(session('worker', 'not_required'), '//evil.example')).toBe(paths.home);
    expect(afterSignIn(session('worker', 'not_required'), undefined)).toBe(paths.home);
  });
});

describe('navFor', () => {
  it('shows each role its own pages', () => {
    expect(navFor('worker').map((i) => i.key)).toContain('family');
    expect(navFor('family').map((i) => i.key)).not.toContain('family');
    expect(navFor('city_staff').map((i) => i.to)).toContain(paths.organizations);
    expect(navFor('supervisor').map((i) => i.to)).toContain(paths.auditLog);
  });

  it('leads people who consult to their consultations and the care team to the queue', () => {
    expect(navFor('worker').map((i) => i.to)).toContain(paths.consultations);
    expect(navFor('family').map((i) => i.to)).toContain(paths.consultations);
    for (const role of ['coordinator', 'supervisor'] as const) {
      expect(navFor(role).map((i) => i.to)).toEqual(
        expect.arrayContaining([paths.queue, paths.consultations]),
      );
    }
    for (const role of ['employer_admin', 'city_staff', 'network_admin'] as const) {
      expect(navFor(role).map((i) => i.to)).not.toContain(paths.consultations);
      expect(navFor(role).map((i) => i.to)).not.toContain(paths.queue);
    }
  });
});
