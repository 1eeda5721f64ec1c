import { useTranslation } from 'react-i18next';
import type { TMyWorkIntroduction } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';

/**
 * Introductions the programme proposes, answered here: nothing of the person reaches the
 * company before they accept, and the card says exactly what will be shown.
 */
export function MyIntroductions() {
  const { t } = useTranslation();
  const list = useApiData('listMyWorkIntroductions');
  const action = useAction();
  const items = list.data?.items ?? [];
  if (items.length === 0) return <ErrorAlert error={list.error} />;

  const answer = (item: TMyWorkIntroduction, accept: boolean) =>
    void action
      .run(() => call('answerWorkIntroduction', { params: { id: item.id }, body: { accept } }))
      .then((done) => done && list.reload());

  return (
    <Card title={t('work.introductions.title')} tone="highlight" testId="my-introductions">
      <ErrorAlert error={action.error ?? list.error} />
      <ul className="work-introductions">
        {items.map((item) => (
          <li key={item.id} className="work-introduction">
            <p className="work-introduction__employer">{item.opening.employerName}</p>
            <h3 className="work-introduction__title">{item.opening.title}</h3>
            <p>
              {t('work.introductions.hours', {
                min: item.opening.hoursPerWeekMin,
                max: item.opening.hoursPerWeekMax,
              })}
              {item.opening.childcareProvided ? ` ・ ${t('work.introductions.childcare')}` : ''}
            </p>
            {item.opening.pay ? <p>{item.opening.pay}</p> : null}
            {item.status === 'proposed' ? (
              <>
                <p className="form__note">
                  {t('work.introductions.willShow', {
                    fields: item.shownToCompany
                      .map((field) => t(`work.profile.shownFields.${field}`))
                      .join('・'),
                  })}
                </p>
                <div className="work-introduction__actions">
                  <Button pending={action.pending} onClick={() => answer(item, true)}>
                    {t('work.introductions.accept')}
                  </Button>
                  <Button variant="secondary" onClick={() => answer(item, false)}>
                    {t('work.introductions.decline')}
                  </Button>
                </div>
              </>
            ) : (
              <Badge tone={item.status === 'declined' ? 'neutral' : 'good'}>
                {t(`work.introductions.status.${item.status}`)}
              </Badge>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
