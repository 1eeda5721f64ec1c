import { useTranslation } from 'react-i18next';
import { licenceTypes, parseSystemMessageBody, type LicenceType } from '@yorisoi/shared';
import { timeLabel } from './chat-timeline.ts';
import { currentLocale } from '../../i18n/index.ts';

const isLicence = (value: string | null): value is LicenceType =>
  (licenceTypes as readonly (string | null)[]).includes(value);

/** An announcement in the log (a supervisor joined or left), by licence, never by name. */
export function SystemLine({ body, createdAt }: { body: string; createdAt: string }) {
  const { t } = useTranslation();
  const parsed = parseSystemMessageBody(body);
  if (!parsed) return null;
  const licence = isLicence(parsed.licence)
    ? t(`licence.types.${parsed.licence}`)
    : t('consultations.chat.system.noLicence');
  return (
    <li className="message message--system" data-testid="system-line">
      <p className="message__body">
        {t(`consultations.chat.system.${parsed.kind}`, { licence })}{' '}
        <time dateTime={createdAt}>{timeLabel(createdAt, currentLocale())}</time>
      </p>
    </li>
  );
}
