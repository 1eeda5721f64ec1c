import { useTranslation } from 'react-i18next';
import { ApiError, issueFor, type UiError } from './errors.ts';

/** Field names whose problems have a friendly message of their own in `validation.*`. */
const knownFields = [
  'email',
  'password',
  'displayName',
  'nickname',
  'birthYear',
  'inviteCode',
  'code',
  'licenceNumber',
  'name',
  'label',
  'maxUses',
  'expiresInDays',
  'prefecture',
  'consortiumName',
  'reason',
  'confirm',
  'version',
] as const;
type KnownField = (typeof knownFields)[number];

function isKnownField(field: string): field is KnownField {
  return (knownFields as readonly string[]).includes(field);
}

/**
 * Returns the message to show next to a field, for an error that carries issues.
 * `field` is the dotted path in the request body, e.g. `firstCityStaff.email`.
 */
export function useFieldErrors(error: UiError | null | undefined) {
  const { t } = useTranslation();
  return (field: string): string | undefined => {
    if (!(error instanceof ApiError)) return undefined;
    const issue = issueFor(error.issues, field);
    if (!issue) return undefined;
    const last = field.split('.').at(-1) ?? field;
    return isKnownField(last) ? t(`validation.${last}`) : t('validation.generic');
  };
}
