export { createDeidentifier, type Deidentifier, type DeidentifyResult } from './deidentifier.ts';
export { ageBand, dateToMonth } from './generalize.ts';
export { isValidMyNumber, myNumberCheckDigit } from './recognizers/my-number.ts';
export { runDeidentifyCli, type DeidentifyCliOptions } from './cli.ts';
export {
  ENTITY_TYPES,
  type Entity,
  type EntityType,
  type KnownIdentifiers,
  type KnownPerson,
} from './types.ts';
