import { describe, expect, it } from 'vitest';
import { signInAs } from '../../testing/fixtures.ts';
import { useTestApp, useTenant } from '../../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'practice');
const other = useTenant(t, 'practice-other');

describe('practice library', () => {
  it('starts from the catalogue and is edited by city staff of the municipality only', async () => {
    const city = await signInAs(t, tenant.people.cityStaff);
    const seeded = (await city.ok('listPractices')).items;
    expect(seeded.map((p) => p.title)).toEqual(
      expect.arrayContaining([
        '勤務間インターバル制度の導入',
        'イクボス宣言',
        '介護休業制度の周知',
      ]),
    );
    expect(seeded.every((p) => p.sourceNote.length > 0)).toBe(true);

    const added = await city.ok('createPractice', {
      body: {
        topic: 'work_style',
        title: 'ノー残業デー',
        summary: '毎週水曜日は定時退社とします。',
        sourceNote: '日置市内企業の取組',
      },
    });
    const edited = await city.ok('updatePractice', {
      params: { id: added.id },
      body: {
        topic: 'work_style',
        title: 'ノー残業デー（週1回）',
        summary: '毎週水曜日は定時退社とします。',
        sourceNote: '日置市内企業の取組',
      },
    });
    expect(edited.title).toBe('ノー残業デー（週1回）');

    const admin = await signInAs(t, tenant.people.employerAdmin);
    expect((await admin.ok('listPractices')).items.map((p) => p.id)).toContain(added.id);
    expect((await admin.call('deletePractice', { params: { id: added.id } })).statusCode).toBe(403);
    const foreign = await signInAs(t, other.people.cityStaff);
    expect((await foreign.call('deletePractice', { params: { id: added.id } })).statusCode).toBe(
      404,
    );
    expect((await foreign.ok('listPractices')).items.map((p) => p.id)).not.toContain(added.id);
    const worker = await signInAs(t, tenant.people.worker);
    expect((await worker.call('listPractices')).statusCode).toBe(403);

    await city.ok('deletePractice', { params: { id: added.id } });
    const after = (await city.ok('listPractices')).items;
    expect(after.map((p) => p.id)).not.toContain(added.id);
    expect(after).toHaveLength(seeded.length);
  });
});
