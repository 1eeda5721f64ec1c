export * from './tenancy.ts';
export * from './identity.ts';
export * from './enrolment.ts';
export * from './audit.ts';
