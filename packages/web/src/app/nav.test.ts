import { describe, expect, it } from 'vitest';
import { roles } from '@yorisoi/shared';
import { deskNavFor, navFor, tabsFor } from './nav.ts';

describe('navigation plans', () => {
  it('keeps every destination of every role reachable at a desk and on a phone', () => {
    for (const role of roles) {
      const all = navFor(role).map((item) => item.key);
      const desk = deskNavFor(role).flatMap((entry) =>
        entry.kind === 'link' ? [entry.item.key] : entry.items.map((item) => item.key),
      );
      expect(desk, role).toEqual(all);
      const { tabs, more } = tabsFor(role);
      if (tabs.length > 0)
        expect([...tabs, ...more].map((item) => item.key).sort(), role).toEqual([...all].sort());
    }
  });

  it('gives job-centre staff their desk, follow-ups and openings, none of わくキャリ’s teams or figures', () => {
    const keys = (kind: 'return_to_work' | 'childcare_job_centre' | null) =>
      navFor('programme_staff', kind).map((item) => item.key);
    expect(keys('childcare_job_centre')).toEqual([
      'home',
      'workIntroductions',
      'workOpeningNew',
      'profile',
    ]);
    expect(keys('return_to_work')).toEqual([
      'home',
      'workTeam',
      'workIntroductions',
      'workFigures',
      'workOpeningNew',
      'recruits',
      'profile',
    ]);
    expect(keys(null)).toEqual(keys('return_to_work'));
    expect(
      deskNavFor('programme_staff', 'childcare_job_centre').map(
        (entry) => entry.kind === 'link' && entry.item.key,
      ),
    ).toEqual(keys('childcare_job_centre'));
    // The kind says nothing to other roles.
    expect(navFor('city_staff', 'childcare_job_centre')).toEqual(navFor('city_staff'));
  });

  it('folds the supervisor row with a 管理 menu where its first item stood', () => {
    const entries = deskNavFor('supervisor');
    expect(entries.filter((entry) => entry.kind === 'link')).toHaveLength(8);
    const manage = entries[7];
    expect(manage?.kind === 'group' && manage.items.map((item) => item.key)).toEqual([
      'ratings',
      'disclosures',
      'reports',
      'careTeam',
      'recruits',
      'auditLog',
      'referralResources',
    ]);
    expect(deskNavFor('coordinator').every((entry) => entry.kind === 'link')).toBe(true);
  });

  it('gives a worker three tabs and 「その他」, a family member four tabs', () => {
    expect(tabsFor('worker').tabs.map((item) => item.key)).toEqual([
      'home',
      'consultations',
      'appointments',
    ]);
    expect(tabsFor('worker').more.map((item) => item.key)).toEqual([
      'surveys',
      'family',
      'workProfile',
      'profile',
    ]);
    expect(tabsFor('family').more).toEqual([]);
    expect(tabsFor('supervisor').tabs).toEqual([]);
  });
});
