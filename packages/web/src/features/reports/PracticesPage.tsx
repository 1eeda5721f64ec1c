import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  consultationTopicLabels,
  consultationTopics,
  type ConsultationTopic,
  type TPractice,
} from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useUser } from '../../api/session.tsx';
import { useAction, useApiData } from '../../api/use-api.ts';
import { paths } from '../../app/guards.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField } from '../../ui/Field.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { labelledOptions } from '../consultations/labels.ts';
import { PracticeForm } from './PracticeForm.tsx';
import { UsePracticeInReport } from './UsePracticeInReport.tsx';
import '../../styles/reports.css';

const writable = ['draft', 'returned', 'approved'];

/**
 * The municipality's library of good practices: what each recommends and on what evidence,
 * by topic. City staff keep it and take a practice into a report's proposals; employer
 * admins read it.
 */
export function PracticesPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const user = useUser();
  const manage = user.role === 'city_staff';
  const list = useApiData('listPractices');
  const reports = useApiData('listReports');
  const remove = useAction();
  const [topic, setTopic] = useState<ConsultationTopic | ''>('');
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const drafts = (reports.data?.items ?? []).filter((r) => writable.includes(r.status));
  const shown = (list.data?.items ?? []).filter((p) => topic === '' || p.topic === topic);
  const done = (saved: TPractice | null) => {
    setEditing(null);
    if (saved) list.reload();
  };
  return (
    <Page
      title={t('reports.practices.title')}
      width="wide"
      lead={<p>{t('reports.practices.lead')}</p>}
      actions={<LinkButton to={paths.reports}>{t('reports.practices.back')}</LinkButton>}
    >
      <ErrorAlert error={list.error ?? remove.error} />
      <div className="practice-toolbar">
        <SelectField
          label={t('reports.practices.topic')}
          value={topic}
          onChange={(e) => setTopic(e.currentTarget.value as ConsultationTopic | '')}
          options={[
            { value: '', label: t('reports.practices.allTopics') },
            ...labelledOptions(consultationTopics, consultationTopicLabels, locale),
          ]}
        />
        <p className="muted" aria-live="polite">
          {t('reports.practices.count', { count: shown.length })}
        </p>
        {manage && editing !== 'new' ? (
          <Button variant="secondary" onClick={() => setEditing('new')}>
            {t('reports.practices.add')}
          </Button>
        ) : null}
      </div>
      {editing === 'new' ? (
        <Card title={t('reports.practices.add')}>
          <PracticeForm practice={null} onDone={done} />
        </Card>
      ) : null}
      {!list.data ? <Loading /> : null}
      {list.data && shown.length === 0 ? (
        <p className="muted">{t('reports.practices.empty')}</p>
      ) : null}
      <ul className="practice-list" data-testid="practice-list">
        {shown.map((p) => (
          <li key={p.id}>
            <Card title={p.title} level={2}>
              {editing === p.id ? (
                <PracticeForm practice={p} onDone={done} />
              ) : (
                <>
                  <Badge>{consultationTopicLabels[p.topic][locale]}</Badge>
                  <p>{p.summary}</p>
                  <p className="muted">
                    {t('reports.practices.evidence', { source: p.sourceNote })}
                  </p>
                  {manage ? (
                    <>
                      <UsePracticeInReport practice={p} reports={drafts} />
                      <div className="button-row">
                        <Button variant="quiet" onClick={() => setEditing(p.id)}>
                          {t('reports.practices.edit')}
                        </Button>
                        <Button
                          variant="quiet"
                          onClick={() => {
                            if (
                              !window.confirm(
                                t('reports.practices.removeConfirm', { title: p.title }),
                              )
                            )
                              return;
                            void remove
                              .run(() => call('deletePractice', { params: { id: p.id } }))
                              .then((ok) => ok && list.reload());
                          }}
                        >
                          {t('reports.practices.remove')}
                        </Button>
                      </div>
                    </>
                  ) : null}
                </>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </Page>
  );
}
