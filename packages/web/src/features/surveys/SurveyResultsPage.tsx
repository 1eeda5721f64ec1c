import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApiData } from '../../api/use-api.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';

/** Results as released: hidden cells say why once, never per cell. */
export function SurveyResultsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { id = '' } = useParams();
  const results = useApiData('getSurveyResults', { params: { id } });
  const data = results.data;
  if (!data) {
    return (
      <Page title={t('surveys.results')}>
        {results.error ? <ErrorAlert error={results.error} /> : <Loading />}
      </Page>
    );
  }
  const k = formatNumber(data.minimumGroupSize, locale);
  const hidden = t('surveys.hidden', { k });
  return (
    <Page title={data.title} width="wide" lead={<p>{t(`surveys.scope.${data.scope}`)}</p>}>
      {data.state === 'tooFew' ? (
        <Alert tone="info" testId="survey-too-few">
          <p>{t('surveys.tooFew', { k })}</p>
        </Alert>
      ) : null}
      {data.state === 'previous' && data.releasedAt ? (
        <Alert tone="info" testId="survey-previous">
          <p>
            {t('surveys.previous', {
              k,
              at: formatDate(data.releasedAt, locale, { withTime: true }),
            })}
          </p>
        </Alert>
      ) : null}
      {data.questions.some((q) => q.kind === 'likert' && q.counts.includes(null)) ? (
        <p className="muted">{t('surveys.hiddenExplained', { k })}</p>
      ) : null}
      {data.questions.map((q, i) => (
        <Card key={i} title={q.prompt} level={2}>
          {q.kind === 'likert' ? (
            <table className="data-table">
              <caption className="visually-hidden">{q.prompt}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('surveys.choice')}</th>
                  <th scope="col">{t('surveys.count')}</th>
                </tr>
              </thead>
              <tbody>
                {q.labels.map((label, c) => (
                  <tr key={c}>
                    <th scope="row">
                      {c + 1}. {label}
                    </th>
                    <td>{q.counts[c] === null ? hidden : formatNumber(q.counts[c]!, locale)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t('surveys.total')}</th>
                  <td>{q.total === null ? hidden : formatNumber(q.total, locale)}</td>
                </tr>
              </tbody>
            </table>
          ) : q.withheld ? (
            <p className="muted">{t('surveys.textWithheld')}</p>
          ) : q.answers.length === 0 ? (
            <p className="muted">{t('surveys.noText')}</p>
          ) : (
            <ul>
              {q.answers.map((answer, n) => (
                <li key={n}>{answer}</li>
              ))}
            </ul>
          )}
        </Card>
      ))}
    </Page>
  );
}
