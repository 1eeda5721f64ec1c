import { describe, expect, it } from 'vitest';
import { openingDraftOf, openingRequestOf } from './opening-draft.ts';
import { cellOf } from './availability-grid.ts';

const employer = { organizationId: 'org', name: '株式会社わくわく商店（架空）' };

describe('a company’s opening form', () => {
  it('becomes a project with its team and period, posted for the own company', () => {
    const draft = {
      ...openingDraftOf(null, 'programme'),
      title: ' SNS発信のプロジェクト ',
      teamSize: '５',
      periodStart: '2027-02-01',
      periodEnd: '2027-03-31',
      hoursMin: '5',
      hoursMax: '１０',
      cells: new Set([cellOf(2, 'morning'), cellOf(4, 'morning')]),
      workMode: 'remote' as const,
      placeLabel: '長泉町',
    };
    const request = openingRequestOf(draft, employer, null);
    expect(request).toMatchObject({
      employerOrganizationId: 'org',
      employerName: employer.name,
      kind: 'project',
      employmentType: null,
      title: 'SNS発信のプロジェクト',
      teamSize: 5,
      hoursPerWeekMin: 5,
      hoursPerWeekMax: 10,
      placeLabel: null,
      schedule: [
        { weekday: 2, from: '09:00', to: '12:00' },
        { weekday: 4, from: '09:00', to: '12:00' },
      ],
    });
  });

  it('drops a project’s fields from a job, and reads back what was posted', () => {
    const draft = {
      ...openingDraftOf(null, 'programme'),
      choice: 'short_hours_regular' as const,
      title: '事務スタッフ',
      deliverable: 'なし',
      teamSize: '3',
      periodStart: '2027-02-01',
      hoursMin: '20',
      hoursMax: '30',
    };
    const request = openingRequestOf(draft, employer, null);
    expect(request).toMatchObject({
      kind: 'job',
      employmentType: 'short_hours_regular',
      deliverable: null,
      teamSize: null,
      periodStart: null,
    });
    const again = openingDraftOf(request, 'other');
    expect(openingRequestOf(again, employer, request)).toEqual(request);
  });

  it('keeps times off the grid’s blocks while the week is not touched', () => {
    const posted = openingRequestOf(
      { ...openingDraftOf(null, 'p'), title: '午前の事務', hoursMin: '8', hoursMax: '8' },
      employer,
      null,
    );
    const odd = { ...posted, schedule: [{ weekday: 2, from: '09:00', to: '13:00' }] };
    expect(openingRequestOf(openingDraftOf(odd, 'p'), employer, odd).schedule).toEqual(
      odd.schedule,
    );
  });

  it('posts for a company outside the town with its place, as staff name it', () => {
    const request = openingRequestOf(
      { ...openingDraftOf(null, 'p'), title: '英訳', hoursMin: '3', hoursMax: '6' },
      { organizationId: null, name: '京都からかみ工房（架空）', location: '京都府京都市' },
      null,
    );
    expect(request).toMatchObject({
      employerOrganizationId: null,
      employerName: '京都からかみ工房（架空）',
      employerLocation: '京都府京都市',
    });
  });

  it('sends hours it cannot read as not a number, for the server to refuse', () => {
    const request = openingRequestOf(
      { ...openingDraftOf(null, 'p'), hoursMin: '', hoursMax: 'たくさん' },
      employer,
      null,
    );
    expect(Number.isNaN(request.hoursPerWeekMin)).toBe(true);
    expect(Number.isNaN(request.hoursPerWeekMax)).toBe(true);
  });

  it('sends keywords once each and qualifications, a required one never also nice-to-have', () => {
    const draft = {
      ...openingDraftOf(null, 'p'),
      keywords: ' 広報、Ｅｘｃｅｌ，イラスト\n広報 、',
      requiredQualifications: new Set(['nursery_teacher'] as const),
      niceQualifications: new Set(['nursery_teacher', 'nurse'] as const),
    };
    const request = openingRequestOf(draft, employer, null);
    expect(request.keywords).toEqual(['広報', 'Excel', 'イラスト']);
    expect(request.requiredQualifications).toEqual(['nursery_teacher']);
    expect(request.niceQualifications).toEqual(['nurse']);
    // Read back for editing, they come out as they were posted.
    const back = openingDraftOf(request, 'p');
    expect(back.keywords).toBe('広報、Excel、イラスト');
    expect([...back.requiredQualifications]).toEqual(['nursery_teacher']);
    expect([...back.niceQualifications]).toEqual(['nurse']);
  });
});
