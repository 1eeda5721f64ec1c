import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TMyLine } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { currentLocale } from '../../i18n/index.ts';
import { formatDate } from '../../i18n/format.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';

/**
 * A person's LINE: whether it is linked, the last step of LINE's account link (the link
 * the bot sent carries a link token; the server makes a nonce and sends the person on to
 * LINE's dialog), and unlinking.
 */
export function MyLinePage() {
  const { t } = useTranslation();
  const mine = useApiData('getMyLine');
  return (
    <Page title={t('line.me.title')} lead={<p>{t('line.me.lead')}</p>} width="narrow">
      <ErrorAlert error={mine.error} />
      {mine.loading && !mine.data ? <Loading /> : null}
      {mine.data ? <MyLineCard mine={mine.data} onChanged={mine.reload} /> : null}
    </Page>
  );
}

function MyLineCard({ mine, onChanged }: { mine: TMyLine; onChanged: () => void }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const linkToken = search.get('linkToken');
  const action = useAction();
  const [unlinked, setUnlinked] = useState(false);

  if (!mine.available) {
    return (
      <Card>
        <Alert tone="info">{t('line.me.notAvailable')}</Alert>
      </Card>
    );
  }

  function link(token: string) {
    void action
      .run(() => call('startLineLink', { body: { linkToken: token } }))
      .then((started) => {
        if (started) window.location.assign(started.redirectUrl);
      });
  }

  function unlink() {
    void action
      .run(() => call('unlinkMyLine'))
      .then((result) => {
        if (!result) return;
        setUnlinked(true);
        onChanged();
      });
  }

  return (
    <Card>
      <ErrorAlert error={action.error} />
      {unlinked ? <Alert tone="success">{t('line.me.unlinked')}</Alert> : null}
      {mine.linked ? (
        <>
          <p>
            <Badge tone={mine.blocked ? 'warning' : 'good'}>
              {t('line.me.linked', {
                date: formatDate(mine.linkedAt ?? '', currentLocale()),
              })}
            </Badge>
          </p>
          {mine.blocked ? <Alert tone="warning">{t('line.me.blocked')}</Alert> : null}
        </>
      ) : (
        <p>
          <Badge tone="neutral">{t('line.me.notLinked')}</Badge>
        </p>
      )}
      {linkToken ? (
        <>
          <Alert tone="info">{t('line.me.linkReady')}</Alert>
          <div className="row-actions">
            <Button pending={action.pending} onClick={() => link(linkToken)}>
              {t('line.me.link')}
            </Button>
          </div>
        </>
      ) : mine.linked ? null : (
        <p>{t('line.me.howTo')}</p>
      )}
      {mine.linked ? (
        <div className="row-actions">
          <Button variant="secondary" pending={action.pending} onClick={unlink}>
            {t('line.me.unlink')}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
