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
