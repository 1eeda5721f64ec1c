import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonths, japanMonthOf, type TRatingReview } from '@yorisoi/shared';
import { useApiData } from '../../api/use-api.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField } from '../../ui/Field.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';

const monthsOffered = 12;

/** The last twelve months in Japan time, newest first: 「2026年12月」. */
function recentMonths(locale: 'ja' | 'en') {
  const current = japanMonthOf(new Date());
  return Array.from({ length: monthsOffered }, (_, i) => {
    const month = addMonths(current, -i);
    const [year, m] = month.split('-');
    const label =
      locale === 'ja'
        ? `${year}年${Number(m)}月`
        : new Intl.DateTimeFormat('en-US', {
            year: 'numeric',
            month: 'long',
            timeZone: 'UTC',
          }).format(new Date(`${month}-01T00:00:00Z`));
    return { value: month, label };
  });
}

/**
 * 満足度と感想: how people rated their closed consultations (five steps) and what they
 * wrote, by date and coordinator, never by whom. Supervisors see the municipality's.
 */
export function RatingReviewPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [coordinatorId, setCoordinatorId] = useState('');
  const [month, setMonth] = useState('');
  const review = useApiData('getRatingReview', {
    query: {
      ...(coordinatorId ? { coordinatorId } : {}),
      ...(month ? { month } : {}),
    },
  });
  const data = review.data;
  return (
    <Page
      title={t('followUps.ratings.title')}
      width="wide"
      lead={<p>{t('followUps.ratings.lead')}</p>}
    >
      <div
        className="row-actions rating-filters"
        role="group"
        aria-label={t('followUps.ratings.filters')}
      >
        <SelectField
          label={t('followUps.ratings.coordinator')}
          value={coordinatorId}
          onChange={(event) => setCoordinatorId(event.currentTarget.value)}
          options={[
            { value: '', label: t('followUps.ratings.allCoordinators') },
            ...(data?.coordinators ?? []).map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
        <SelectField
          label={t('followUps.ratings.month')}
          value={month}
          onChange={(event) => setMonth(event.currentTarget.value)}
          options={[
            { value: '', label: t('followUps.ratings.allMonths') },
            ...recentMonths(locale),
          ]}
        />
      </div>
      <ErrorAlert error={review.error ?? null} />
      {review.loading && !data ? <Loading /> : null}
      {data ? <Distribution review={data} /> : null}
      {data ? <Comments review={data} /> : null}
    </Page>
  );
}

/** Five bars, each read out with its score and count. */
function Distribution({ review }: { review: TRatingReview }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const most = Math.max(1, ...review.distribution.map((d) => d.count));
  return (
    <Card title={t('followUps.ratings.distribution')} testId="rating-distribution">
      <p>{t('followUps.ratings.total', { n: formatNumber(review.total, locale) })}</p>
      <ul className="rating-bars">
        {[...review.distribution].reverse().map((d) => (
          <li key={d.score} className="rating-bars__row">
            <span className="rating-bars__label">
              {t('followUps.ratings.scoreLabel', { n: d.score })}
            </span>
            <span className="rating-bars__track" aria-hidden="true">
              <span
                className="rating-bars__bar"
                style={{ width: `${Math.round((d.count / most) * 100)}%` }}
              />
            </span>
            <span className="rating-bars__count">
              {t('followUps.ratings.count', { n: formatNumber(d.count, locale) })}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** What people wrote, newest first: a card each, readable on a phone. */
function Comments({ review }: { review: TRatingReview }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Card title={t('followUps.ratings.comments')} testId="rating-comments">
      {review.comments.length === 0 ? (
        <p className="muted">{t('followUps.ratings.noComments')}</p>
      ) : (
        <ul className="check-in-list">
          {review.comments.map((c) => (
            <li key={`${c.ratedAt}:${c.comment.slice(0, 20)}`}>
              <p className="muted">
                {t('followUps.ratings.scoreLabel', { n: c.score })}
                {' · '}
                {formatDate(c.ratedAt, locale)}
                {' · '}
                {c.coordinatorName ?? t('followUps.ratings.unknownCoordinator')}
              </p>
              <p>{c.comment}</p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
