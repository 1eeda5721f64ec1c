import { describe, expect, it } from 'vitest';
import { auditActionGroupOf, auditActionGroups, auditActions } from './audit-actions.ts';
import { auditGroupLabelsIn, auditLabelsIn } from './audit-action-labels.ts';

describe('audit action labels', () => {
  it('name every action and group in both languages, reachable as i18n reads them', () => {
    for (const language of ['ja', 'en'] as const) {
      const nested = auditLabelsIn(language);
      const groups = auditGroupLabelsIn(language);
      for (const action of auditActions) {
        const [group, name] = action.split('.') as [string, string];
        expect(nested[group]?.[name], `${language} ${action}`).toBeTruthy();
      }
      for (const group of auditActionGroups) expect(groups[group], group).toBeTruthy();
    }
  });

  it('keep one dot per action, so that the group is what comes before it', () => {
    for (const action of auditActions) {
      expect(action.split('.')).toHaveLength(2);
      expect(auditActionGroups).toContain(auditActionGroupOf(action));
    }
  });

  it('give each action its own Japanese words', () => {
    const ja = auditActions.map((a) => {
      const [group, name] = a.split('.') as [string, string];
      return auditLabelsIn('ja')[group]![name];
    });
    expect(new Set(ja).size).toBe(ja.length);
  });
});
