import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleLabels, type TReport } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useUser } from '../../api/session.tsx';
import { useAction } from '../../api/use-api.ts';
import { formatDate } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextAreaField } from '../../ui/Field.tsx';

/** Who did what to which revision, and the comment they left: the report's review history. */
function ReviewHistory({ report }: { report: TReport }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (report.reviews.length === 0) return <p className="muted">{t('reports.review.noHistory')}</p>;
  return (
    <ol className="report-history" data-testid="report-history">
      {[...report.reviews].reverse().map((r, i) => (
        <li key={i} className={`report-history__item report-history__item--${r.step}`}>
          <p className="report-history__what">
            <strong>
              {t('reports.review.entry', {
                step: t(`reports.review.step.${r.step}`),
                revision: r.revision,
              })}
            </strong>{' '}
            <time dateTime={r.at}>{formatDate(r.at, locale, { withTime: true })}</time>
          </p>
          <p className="muted">
            {r.actorName && r.actorRole
              ? t('reports.review.by', { name: r.actorName, role: roleLabels[r.actorRole][locale] })
              : t('reports.review.unknownPerson')}
          </p>
          {r.comment ? (
            <blockquote className="report-history__comment">{r.comment}</blockquote>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/**
 * The next step for whoever reads the report: the author asks for approval, a supervisor
 * approves the revision shown or returns it with a comment, city staff publish.
 */
export function ReportReviewPanel({
  report,
  editing,
  onChanged,
}: {
  report: TReport;
  /** While the draft is being edited, nothing unsaved may be submitted or published. */
  editing: boolean;
  onChanged: (report: TReport) => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const action = useAction();
  const [comment, setComment] = useState('');
  const [commentMissing, setCommentMissing] = useState(false);
  const params = { id: report.id };
  const run = async (request: () => Promise<TReport>) => {
    const changed = await action.run(request);
    if (changed) {
      setComment('');
      onChanged(changed);
    }
  };
  const isCity = user.role === 'city_staff' && !editing;
  const reviewing = report.status === 'submitted' && user.role === 'supervisor';
  const hint: Record<TReport['status'], string> = {
    draft: t('reports.review.draftHint'),
    returned: t('reports.review.returnedHint'),
    submitted: reviewing ? t('reports.review.approveHint') : t('reports.review.submittedHint'),
    approved: t('reports.review.approvedHint'),
    published: t('reports.review.publishedHint'),
  };
  return (
    <Card title={t('reports.review.title')} testId="report-review">
      <p>{editing ? t('reports.review.editingHint') : hint[report.status]}</p>
      <ErrorAlert error={action.error} />
      {isCity && (report.status === 'draft' || report.status === 'returned') ? (
        <Button
          pending={action.pending}
          onClick={() => void run(() => call('submitReport', { params }))}
        >
          {t('reports.submit')}
        </Button>
      ) : null}
      {reviewing ? (
        <div className="report-review__decide">
          <TextAreaField
            label={t('reports.review.comment')}
            hint={t('reports.review.commentHint')}
            value={comment}
            rows={3}
            maxLength={1000}
            onChange={(e) => {
              setComment(e.currentTarget.value);
              setCommentMissing(false);
            }}
            error={commentMissing ? t('reports.review.commentRequired') : undefined}
          />
          <div className="button-row">
            <Button
              pending={action.pending}
              onClick={() =>
                void run(() =>
                  call('approveReport', {
                    params,
                    body: { revision: report.revision, ...(comment.trim() ? { comment } : {}) },
                  }),
                )
              }
            >
              {t('reports.approve')}
            </Button>
            <Button
              variant="secondary"
              pending={action.pending}
              onClick={() => {
                if (!comment.trim()) {
                  setCommentMissing(true);
                  return;
                }
                void run(() =>
                  call('returnReport', { params, body: { revision: report.revision, comment } }),
                );
              }}
            >
              {t('reports.review.returnButton')}
            </Button>
          </div>
        </div>
      ) : null}
      {isCity && report.status === 'approved' ? (
        <Button
          pending={action.pending}
          onClick={() => void run(() => call('publishReport', { params }))}
        >
          {t('reports.publish')}
        </Button>
      ) : null}
      <h3 className="report-history__title">{t('reports.review.history')}</h3>
      <ReviewHistory report={report} />
    </Card>
  );
}
