import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { japanMidnight, type TSurvey } from '@yorisoi/shared';
import { useUser } from '../../api/session.tsx';
import { useApiData } from '../../api/use-api.ts';
import { formatDate } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { surveyAnswerPath, surveyResultsPath } from './survey-paths.ts';
import { SurveyForm } from './SurveyForm.tsx';

function Period({ survey }: { survey: TSurvey }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <span>
      {t('surveys.period', {
        from: formatDate(japanMidnight(survey.opensOn), locale),
        to: formatDate(japanMidnight(survey.closesOn), locale),
      })}
    </span>
  );
}

/** Workers see open surveys to answer; city staff and employer admins create and read results. */
export function SurveysPage() {
  const { t } = useTranslation();
  const user = useUser();
  const list = useApiData('listSurveys');
  const answering = user.role === 'worker';
  return (
    <Page
      title={t('surveys.title')}
      width={answering ? 'narrow' : 'wide'}
      lead={<p>{t(answering ? 'surveys.workerLead' : 'surveys.staffLead')}</p>}
    >
      <ErrorAlert error={list.error} />
      {list.data ? (
        list.data.items.length === 0 ? (
          <p className="muted">{t('surveys.empty')}</p>
        ) : (
          <ul className="stack" data-testid="survey-list">
            {list.data.items.map((survey) => (
              <li key={survey.id}>
                <Card title={survey.title} level={3}>
                  <p>
                    <Badge tone={survey.status === 'open' ? 'good' : 'neutral'}>
                      {t(`surveys.status.${survey.status}`)}
                    </Badge>{' '}
                    <Period survey={survey} />
                  </p>
                  {answering ? (
                    survey.answered ? (
                      <p>{t('surveys.answered')}</p>
                    ) : (
                      <Link to={surveyAnswerPath(survey.id)}>{t('surveys.answer')}</Link>
                    )
                  ) : (
                    <Link to={surveyResultsPath(survey.id)}>{t('surveys.results')}</Link>
                  )}
                </Card>
              </li>
            ))}
          </ul>
        )
      ) : (
        <Loading />
      )}
      {answering ? null : (
        <Card title={t('surveys.createTitle')}>
          <SurveyForm onCreated={list.reload} />
        </Card>
      )}
    </Page>
  );
}
