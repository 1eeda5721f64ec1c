import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { TEventRegistrationView } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { EventFacts } from './PublicEventPage.tsx';
import { publicEventPath, publicEventsPath } from './event-paths.ts';

/**
 * The page behind the mailed cancellation link. The token travels after `#`, so it never
 * reaches a server log as part of an address; the page shows what will be cancelled and
 * asks once before cancelling.
 */
export function CancelRegistrationPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const token = useLocation().hash.replace(/^#/, '');
  const title = t('events.cancel.title');
  if (token.length < 20) {
    return (
      <Page title={title}>
        <Alert tone="error" title={t('events.cancel.noToken')} />
      </Page>
    );
  }
  return <CancelWithToken code={code} token={token} title={title} />;
}

function CancelWithToken({ code, token, title }: { code: string; token: string; title: string }) {
  const { t } = useTranslation();
  const { data, error, loading } = useApiData('lookupEventRegistration', {
    params: { code },
    body: { token },
  });
  const [done, setDone] = useState<TEventRegistrationView | null>(null);
  const action = useAction();
  const view = done ?? data;

  return (
    <Page title={title}>
      <ErrorAlert error={error} />
      {loading && !data ? <Loading /> : null}
      {done ? (
        <Alert tone="success" title={t('events.cancel.doneTitle')} testId="cancel-done">
          <p>{t('events.cancel.doneBody')}</p>
        </Alert>
      ) : null}
      {view ? (
        <>
          {!done ? <p>{t('events.cancel.lead')}</p> : null}
          <h2 className="event-register__title">{view.event.title}</h2>
          <EventFacts event={view.event} />
          <p>
            {t('events.cancel.current', {
              status: t(`events.cancel.status.${view.status}`, {
                position: view.waitingPosition ?? '',
              }),
            })}
          </p>
          {!done && view.status === 'cancelled' ? (
            <Alert tone="info" title={t('events.cancel.already')} />
          ) : null}
          {!done && (view.status === 'registered' || view.status === 'waiting') ? (
            <div className="button-row">
              <ErrorAlert error={action.error} />
              <Button
                variant="danger"
                pending={action.pending}
                block
                onClick={() =>
                  void action
                    .run(() =>
                      call('cancelEventRegistration', { params: { code }, body: { token } }),
                    )
                    .then((result) => {
                      if (result) setDone(result);
                    })
                }
              >
                {t('events.cancel.confirm')}
              </Button>
              <Link to={publicEventPath(code, view.event.id)} className="text-link">
                {t('events.cancel.keep')}
              </Link>
            </div>
          ) : (
            <Link to={publicEventsPath(code)} className="text-link">
              {t('events.detail.back')}
            </Link>
          )}
        </>
      ) : null}
    </Page>
  );
}
