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
  'localGovernmentCode',
] as const;
type KnownField = (typeof knownFields)[number];

function isKnownField(field: string): field is KnownField {
  return (knownFields as readonly string[]).includes(field);
}

/**
 * Returns the message to show next to a field, for an error that carries issues.
 * `field` is the dotted path in the request body, e.g. `firstCityStaff.email`. A body
 * field whose name means something else on this form (`code` is a TOTP code elsewhere, a
 * local government code on the municipality form) is given its message by `meaning`.
 */
export function useFieldErrors(
  error: UiError | null | undefined,
  meaning: Readonly<Record<string, KnownField>> = {},
) {
  const { t } = useTranslation();
  return (field: string): string | undefined => {
    if (!(error instanceof ApiError)) return undefined;
    const issue = issueFor(error.issues, field);
    if (!issue) return undefined;
    const last = meaning[field] ?? field.split('.').at(-1) ?? field;
    return isKnownField(last) ? t(`validation.${last}`) : t('validation.generic');
  };
}
