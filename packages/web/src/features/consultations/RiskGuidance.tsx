import { useTranslation } from 'react-i18next';
import { ContactList } from '../home/EmergencyContacts.tsx';

/**
 * Shown above the send button when what is being written suggests danger to life. It
 * offers the phone numbers and never stops the message from being sent.
 */
export function RiskGuidance({ level = 2 }: { level?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section
      className="card card--emergency risk-guidance"
      role="status"
      data-testid="risk-guidance"
    >
      <Heading className="card__title">{t('consultations.risk.title')}</Heading>
      <p>{t('consultations.risk.lead')}</p>
      <ContactList />
    </section>
  );
}
