import { useTranslation } from 'react-i18next';
import { emergencyContacts } from '../home/EmergencyContacts.tsx';
import { ChatIcon } from './ChatIcon.tsx';

interface SafetyBannerProps {
  /** What is being written suggests danger to life: thank and invite to call. */
  risky: boolean;
  onDismiss: () => void;
}

/** The emergency numbers as one row of chips, each a tap to call. */
export function SafetyNumbers() {
  const { t } = useTranslation();
  return (
    <ul className="safety-numbers">
      {emergencyContacts.map((contact) => (
        <li key={contact.key}>
          <a className="safety-numbers__call" href={`tel:${contact.tel}`}>
            <span>{t(`emergency.${contact.key}.name`)}</span>{' '}
            <span className="safety-numbers__number">{contact.number}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * The emergency numbers in one compact strip above the conversation, each a tap to call.
 * It never stops a message from being sent and can be closed; words of danger bring it back.
 */
export function SafetyBanner({ risky, onDismiss }: SafetyBannerProps) {
  const { t } = useTranslation();
  return (
    <section
      className={`safety-banner${risky ? ' safety-banner--risk' : ''}`}
      aria-label={t('emergency.title')}
      data-testid="safety-banner"
      data-risk={risky}
    >
      <div role="status" className="safety-banner__text">
        {risky ? (
          <p>
            <strong>{t('consultations.risk.title')}</strong> {t('consultations.risk.lead')}
          </p>
        ) : (
          <p>{t('emergency.strip')}</p>
        )}
      </div>
      <SafetyNumbers />
      <button
        type="button"
        className="safety-banner__close"
        aria-label={t('consultations.chat.safetyClose')}
        onClick={onDismiss}
      >
        <ChatIcon name="close" />
      </button>
    </section>
  );
}
