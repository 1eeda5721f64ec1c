import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TPublicContact, TPublicMunicipality } from '@yorisoi/shared';
import { useApiData } from '../../api/use-api.ts';
import { errorCode } from '../../api/errors.ts';
import { paths } from '../../app/guards.ts';
import { Card } from '../../ui/Card.tsx';
import { LinkButton } from '../../ui/Button.tsx';
import { Alert } from '../../ui/Alert.tsx';
import { ErrorAlert, useErrorMessage } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { ContactList } from '../home/EmergencyContacts.tsx';
import { childcareSearchPath, vacancyTablePath } from '../childcare/childcare-paths.ts';
import { publicEventsPath } from '../events/event-paths.ts';
import { publicAlliancesPath } from '../alliances/alliance-paths.ts';
import { publicWorkPath } from '../work/work-paths.ts';
import { AreaLinks } from './AreaLinks.tsx';

/**
 * A municipality's own page for residents, without signing in: its health room, how to
 * join, the numbers it publishes, and its childcare and events pages.
 */
export function MunicipalityPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const { data, error, loading } = useApiData('getPublicMunicipality', { params: { code } });
  const errorMessage = useErrorMessage();

  if (error && errorCode(error) === 'MUNICIPALITY_CODE_UNKNOWN') {
    // A mistyped or outdated address, not a failure: say so calmly and offer the way on.
    return (
      <Page title={t('municipalityPage.unknownTitle')} className="landing">
        <Alert tone="info" testId="municipality-unknown">
          <p>{errorMessage(error)}</p>
        </Alert>
        <Card title={t('landing.areaTitle')}>
          <AreaLinks />
        </Card>
        <LinkButton to={paths.home} variant="secondary">
          {t('municipalityPage.toLanding')}
        </LinkButton>
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title={t('municipalityPage.titleFallback')}>
        <ErrorAlert error={error} />
        {loading ? <Loading /> : null}
      </Page>
    );
  }
  return (
    <Page
      title={t('municipalityPage.title', { name: data.name })}
      className="landing"
      lead={<p>{t('municipalityPage.lead', { name: data.name, prefecture: data.prefecture })}</p>}
    >
      <Card title={t('municipalityPage.aboutTitle')}>
        <p>
          {data.consortiumName
            ? t('municipalityPage.aboutConsortium', {
                consortium: data.consortiumName,
                name: data.name,
              })
            : t('municipalityPage.aboutPlain', { name: data.name })}
        </p>
      </Card>
      <Card title={t('municipalityPage.contactsTitle')} tone="emergency" testId="area-contacts">
        <p>{t('municipalityPage.contactsLead')}</p>
        {data.contacts.length > 0 ? (
          <AreaContacts contacts={data.contacts} />
        ) : (
          <>
            <p>{t('municipalityPage.contactsNational')}</p>
            <ContactList />
          </>
        )}
      </Card>
      <Card title={t('municipalityPage.joinTitle')}>
        <p>{t('municipalityPage.join')}</p>
        <LinkButton to={paths.signUp} variant="primary" block>
          {t('landing.signUp')}
        </LinkButton>
      </Card>
      <RegionLinks municipality={data} />
    </Page>
  );
}

function AreaContacts({ contacts }: { contacts: readonly TPublicContact[] }) {
  return (
    <ul className="emergency__list">
      {contacts.map((contact) => (
        <li key={`${contact.label}-${contact.phone}`} className="emergency__item">
          <a className="emergency__link" href={`tel:${contact.phone.replace(/-/g, '')}`}>
            <span className="emergency__name">{contact.label}</span>
            <span className="emergency__number">{contact.phone}</span>
          </a>
          {contact.hours ? <span className="emergency__desc">{contact.hours}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function RegionLinks({ municipality }: { municipality: TPublicMunicipality }) {
  const { t } = useTranslation();
  const links = [
    { key: 'childcare', to: childcareSearchPath(municipality.code) },
    { key: 'vacancies', to: vacancyTablePath(municipality.code) },
    { key: 'events', to: publicEventsPath(municipality.code) },
    { key: 'alliances', to: publicAlliancesPath(municipality.code) },
    { key: 'measures', to: `/m/${encodeURIComponent(municipality.code)}/measures` },
    { key: 'work', to: publicWorkPath(municipality.code) },
  ] as const;
  return (
    <Card title={t('municipalityPage.regionTitle')}>
      <ul className="landing-area__list">
        {links.map((link) => (
          <li key={link.key}>
            <Link className="landing-area__link landing-area__link--stacked" to={link.to}>
              {t(`municipalityPage.${link.key}`)}
              <span className="landing-area__hint">{t(`municipalityPage.${link.key}Hint`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
