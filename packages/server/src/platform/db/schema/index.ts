export * from './tenancy.ts';
export * from './identity.ts';
export * from './enrolment.ts';
export * from './audit.ts';
export * from './consultations.ts';
export * from './realtime.ts';
export * from './case-records.ts';
export * from './roster.ts';
