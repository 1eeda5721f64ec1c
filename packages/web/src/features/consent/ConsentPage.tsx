import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../api/client.ts';
import { ApiError } from '../../api/errors.ts';
import { useSession, useUser } from '../../api/session.tsx';
import { useAction, useApiData } from '../../api/use-api.ts';
import { paths } from '../../app/guards.ts';
import { currentLocale } from '../../i18n/index.ts';
import { formatDate } from '../../i18n/format.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { CheckboxField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';

/** The APPI consent for sensitive data, shown in full before anyone consults. */
export function ConsentPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const consent = useApiData('getConsent');
  const [agreed, setAgreed] = useState(false);
  const [missingAgreement, setMissingAgreement] = useState(false);
  const action = useAction();
  const locale = currentLocale();

  function submit() {
    if (!consent.data) return;
    if (!agreed) {
      setMissingAgreement(true);
      return;
    }
    const version = consent.data.current.version;
    void action
      .run(async () => {
        try {
          await call('grantConsent', { body: { version } });
        } catch (error) {
          // The text changed while it was being read: show the new one.
          if (error instanceof ApiError && error.code === 'CONSENT_VERSION_STALE') {
            setAgreed(false);
            consent.reload();
          }
          throw error;
        }
        return refresh();
      })
      .then((session) => {
        if (session) void navigate(paths.home, { replace: true });
      });
  }

  const text = consent.data?.current[locale];
  const alreadyAgreed = !user.consent.required;

  return (
    <Page title={t('consent.title')} lead={<p>{t('consent.lead')}</p>}>
      <ErrorAlert error={consent.error} />
      {consent.loading && !consent.data ? <Loading /> : null}
      {consent.data && text ? (
        <>
          <Card title={text.title} testId="consent-text">
            {text.body.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
            <h3 className="card__subtitle">{t('consent.purposesTitle')}</h3>
            <ul className="plain-list">
              {consent.data.current.purposes.map((purpose) => (
                <li key={purpose}>{t(`consent.purposes.${purpose}`)}</li>
              ))}
            </ul>
            <p className="muted">
              {t('consent.version', {
                version: consent.data.current.version,
                date: formatDate(consent.data.current.effectiveFrom, locale),
              })}
            </p>
          </Card>
          {alreadyAgreed ? (
            <Alert tone="success" title={t('consent.alreadyTitle')}>
              <p>{t('consent.alreadyBody')}</p>
              <LinkButton to={paths.home} variant="primary">
                {t('consent.toHome')}
              </LinkButton>
            </Alert>
          ) : (
            <Form onSubmit={submit}>
              <ErrorAlert error={action.error} />
              <CheckboxField
                label={t('consent.checkbox')}
                name="agree"
                checked={agreed}
                onChange={(event) => {
                  setAgreed(event.target.checked);
                  setMissingAgreement(false);
                }}
                error={missingAgreement ? t('validation.confirm') : undefined}
              />
              <Button type="submit" pending={action.pending} block>
                {t('consent.submit')}
              </Button>
            </Form>
          )}
          <p className="aside-note">
            {t('consent.manageNote')}{' '}
            <LinkButton to={paths.profile} variant="quiet">
              {t('consent.toProfile')}
            </LinkButton>
          </p>
        </>
      ) : null}
    </Page>
  );
}
