import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TOwnWorkOpening } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { CompanyIntroductions } from './CompanyIntroductions.tsx';
import { OpeningConditions } from './OpeningDetails.tsx';
import { OpeningForm } from './OpeningForm.tsx';
import { publicOpeningPath } from './work-paths.ts';

/**
 * An employer admin's jobs and projects: post one, edit or close what is open, and see
 * the people introduced who agreed.
 */
export function CompanyWorkPage() {
  const { t } = useTranslation();
  const own = useApiData('listCompanyWorkOpenings');
  const programmes = useApiData('listWorkProgrammes');
  const [editing, setEditing] = useState<TOwnWorkOpening | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const data = own.data;
  const items = programmes.data?.items;
  const ready = data && items && items.length > 0;

  const done = (message: string) => {
    setEditing(null);
    setNotice(message);
    own.reload();
  };

  return (
    <Page
      title={t('workOpenings.company.title')}
      width="wide"
      lead={
        <p>
          {data
            ? t('workOpenings.company.lead', { organization: data.organizationName })
            : t('workOpenings.company.leadFallback')}
        </p>
      }
    >
      <ErrorAlert error={own.error ?? programmes.error} />
      {(!data || !items) && !own.error && !programmes.error ? <Loading /> : null}
      {notice ? (
        <Alert tone="success">
          <p>{notice}</p>
        </Alert>
      ) : null}
      {ready && editing ? (
        <OpeningForm
          key={editing === 'new' ? 'new' : editing.opening.id}
          programmes={items}
          employer={{ organizationId: data.organizationId, name: data.organizationName }}
          editing={editing === 'new' ? null : editing}
          onDone={(saved) =>
            done(saved ? t('workOpenings.form.savedEdit') : t('workOpenings.form.saved'))
          }
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {ready && !editing ? (
        <Button
          onClick={() => {
            setNotice(null);
            setEditing('new');
          }}
        >
          {t('workOpenings.company.post')}
        </Button>
      ) : null}
      <CompanyIntroductions />
      {data ? (
        <Card title={t('workOpenings.company.openings')} testId="company-openings">
          {data.items.length === 0 ? (
            <p className="empty">{t('workOpenings.company.noOpenings')}</p>
          ) : (
            <ul className="work-openings">
              {data.items.map((item) => (
                <OwnOpening
                  key={item.opening.id}
                  item={item}
                  code={data.municipalityCode}
                  onEdit={() => {
                    setNotice(null);
                    setEditing(item);
                  }}
                  onClosed={() => done(t('workOpenings.company.closedNotice'))}
                />
              ))}
            </ul>
          )}
        </Card>
      ) : null}
    </Page>
  );
}

function OwnOpening({
  item,
  code,
  onEdit,
  onClosed,
}: {
  item: TOwnWorkOpening;
  code: string;
  onEdit: () => void;
  onClosed: () => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const close = useAction();
  const { opening, status } = item;
  return (
    <li className="work-opening">
      <h3 className="work-opening__title">
        {opening.title}{' '}
        <Badge tone={status === 'open' ? 'good' : 'neutral'}>
          {t(`workOpenings.company.${status}`)}
        </Badge>
      </h3>
      <OpeningConditions opening={opening} />
      <ErrorAlert error={close.error} />
      {status === 'open' && !confirming ? (
        <div className="work-opening__actions">
          <Button variant="secondary" onClick={onEdit}>
            {t('workOpenings.company.edit')}
          </Button>
          <LinkButton to={publicOpeningPath(code, opening.id)}>
            {t('workOpenings.company.publicPage')}
          </LinkButton>
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            {t('workOpenings.company.close')}
          </Button>
        </div>
      ) : null}
      {confirming ? (
        <div role="group" className="work-opening__confirm">
          <p>{t('workOpenings.company.closeConfirm', { title: opening.title })}</p>
          <div className="work-opening__actions">
            <Button
              variant="danger"
              pending={close.pending}
              onClick={() =>
                void close
                  .run(() => call('closeWorkOpening', { params: { id: opening.id } }))
                  .then((closed) => {
                    if (!closed) return;
                    setConfirming(false);
                    onClosed();
                  })
              }
            >
              {t('workOpenings.company.closeNow')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('workOpenings.form.cancel')}
            </Button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
