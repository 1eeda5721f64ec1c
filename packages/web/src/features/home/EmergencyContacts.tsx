import { useTranslation } from 'react-i18next';
import { Card } from '../../ui/Card.tsx';

/** The numbers offered to people who consult, with what each is for. */
export const emergencyContacts = [
  { key: 'ambulance', number: '119', tel: '119' },
  { key: 'police', number: '110', tel: '110' },
  { key: 'inochi', number: '0570-783-556', tel: '0570783556' },
  { key: 'yorisoi', number: '0120-279-338', tel: '0120279338' },
] as const;

export function ContactList() {
  const { t } = useTranslation();
  return (
    <ul className="emergency__list">
      {emergencyContacts.map((contact) => (
        <li key={contact.key} className="emergency__item">
          <a className="emergency__link" href={`tel:${contact.tel}`}>
            <span className="emergency__name">{t(`emergency.${contact.key}.name`)}</span>
            <span className="emergency__number">{contact.number}</span>
          </a>
          <span className="emergency__desc">{t(`emergency.${contact.key}.desc`)}</span>
        </li>
      ))}
    </ul>
  );
}

/** Always on the home page of people who consult: this service is not an emergency line. */
export function EmergencyContacts() {
  const { t } = useTranslation();
  return (
    <Card title={t('emergency.title')} tone="emergency" testId="emergency">
      <p>{t('emergency.lead')}</p>
      <ContactList />
    </Card>
  );
}

/** The short version at the foot of every page. */
export function EmergencyStrip() {
  const { t } = useTranslation();
  return (
    <section className="emergency-strip" aria-label={t('emergency.title')}>
      <p className="emergency-strip__text">{t('emergency.strip')}</p>
      <p className="emergency-strip__numbers">
        <a href="tel:119">{t('emergency.ambulance.name')} 119</a>
        <a href="tel:110">{t('emergency.police.name')} 110</a>
        <a href="tel:0570783556">{t('emergency.inochi.name')} 0570-783-556</a>
        <a href="tel:0120279338">{t('emergency.yorisoi.name')} 0120-279-338</a>
      </p>
    </section>
  );
}
