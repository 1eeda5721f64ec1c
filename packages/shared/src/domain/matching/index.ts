export * from './weekly-availability.ts';
export * from './qualifications.ts';
export * from './match-score.ts';
export * from './team.ts';
export * from './match-labels.ts';
export * from './job-posting.ts';
export * from './introduction-status.ts';
