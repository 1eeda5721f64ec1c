import { currentConsentText } from '@yorisoi/shared';

/** A person may consult only with a live agreement to the current consent version. */
export function grantedVersionOf(
  latest: { action: string; version: string } | null,
): string | null {
  return latest?.action === 'granted' ? latest.version : null;
}

export function isConsentRequired(latest: { action: string; version: string } | null): boolean {
  return grantedVersionOf(latest) !== currentConsentText().version;
}
