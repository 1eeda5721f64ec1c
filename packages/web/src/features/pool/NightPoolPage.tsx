import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPoolCase } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { errorCode } from '../../api/errors.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { currentLocale } from '../../i18n/index.ts';
import { formatDate } from '../../i18n/format.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextAreaField } from '../../ui/Field.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { topicList } from '../consultations/labels.ts';

/**
 * The network's night team (issue 18): the pool queue, the consultations one took, the
 * chat with the person, the home municipality's emergency numbers and the morning handover.
 * Nothing else of the other municipality is shown, because the server gives nothing else.
 */
export function NightPoolPage() {
  const { t } = useTranslation();
  const queue = useApiData('listPoolQueue');
  const [openId, setOpenId] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const take = useAction();
  const locale = currentLocale();
  const notOnDuty = errorCode(queue.error) === 'POOL_NOT_ON_DUTY';

  const takeCase = async (id: string) => {
    const taken = await take.run(() => call('takePoolCase', { params: { id } }));
    if (taken) {
      setDone(false);
      setOpenId(taken.id);
      queue.reload();
    }
  };

  return (
    <Page title={t('pool.title')} width="wide">
      <p className="muted">{t('pool.intro')}</p>
      {notOnDuty ? <Alert>{t('pool.notOnDuty')}</Alert> : <ErrorAlert error={queue.error} />}
      <ErrorAlert error={take.error} />
      {done ? <Alert tone="success">{t('pool.handedOver')}</Alert> : null}
      {openId ? (
        <HeldCase
          id={openId}
          onHandedOver={() => {
            setOpenId(null);
            setDone(true);
            queue.reload();
          }}
        />
      ) : null}
      {queue.data ? (
        <>
          <Card title={t('pool.mine')} testId="pool-mine">
            <ul className="plain-list">
              {queue.data.mine.map((c) => (
                <li key={c.id}>
                  {topicList(c.topics, locale, '・')}{' '}
                  <Button variant="secondary" onClick={() => setOpenId(c.id)}>
                    {t('pool.open')}
                  </Button>
                </li>
              ))}
            </ul>
          </Card>
          <Card title={t('pool.queue')} testId="pool-queue">
            {queue.data.items.length === 0 ? (
              <p className="muted">{t('pool.queueEmpty')}</p>
            ) : (
              <ul className="plain-list">
                {queue.data.items.map((c) => (
                  <li key={c.id} data-testid="pool-queue-item">
                    <strong>{topicList(c.topics, locale, '・')}</strong>{' '}
                    <span className="muted">
                      {t('pool.waitingSince', {
                        time: formatDate(c.waitingSince, locale, { withTime: true }),
                      })}
                    </span>{' '}
                    <Button disabled={take.pending} onClick={() => void takeCase(c.id)}>
                      {t('pool.take')}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </>
      ) : notOnDuty ? null : (
        <Loading />
      )}
    </Page>
  );
}

function HeldCase({ id, onHandedOver }: { id: string; onHandedOver: () => void }) {
  const { t } = useTranslation();
  const held = useApiData('getPoolCase', { params: { id } });
  const [reply, setReply] = useState('');
  const [summary, setSummary] = useState('');
  const send = useAction();
  const handOver = useAction();
  const locale = currentLocale();

  const sendReply = async () => {
    const body = reply.trim();
    if (!body) return;
    const sent = await send.run(() =>
      call('sendPoolMessage', { params: { id }, body: { clientMsgId: crypto.randomUUID(), body } }),
    );
    if (sent) {
      setReply('');
      held.reload();
    }
  };
  const handOverCase = async () => {
    const ok = await handOver.run(() =>
      call('handOverPoolCase', { params: { id }, body: { summary } }),
    );
    if (ok) onHandedOver();
  };

  if (!held.data) return held.error ? <ErrorAlert error={held.error} /> : <Loading />;
  const data: TPoolCase = held.data;
  return (
    <div className="pool-case" data-testid="pool-case">
      <Card title={topicList(data.topics, locale, '・')} tone="highlight">
        <h3>{t('pool.messages')}</h3>
        <ol className="plain-list" data-testid="pool-messages">
          {data.messages.map((m) => (
            <li key={m.seq}>
              <span className="muted">
                {m.mine
                  ? t('consultations.chat.sender.you')
                  : m.senderRole === 'worker' || m.senderRole === 'family'
                    ? t('consultations.chat.sender.person')
                    : t('consultations.chat.sender.coordinator')}{' '}
                {formatDate(m.createdAt, locale, { withTime: true })}
              </span>
              <p>{m.body}</p>
            </li>
          ))}
        </ol>
        <TextAreaField
          label={t('pool.reply')}
          value={reply}
          onChange={(e) => setReply(e.currentTarget.value)}
          rows={3}
        />
        <ErrorAlert error={send.error} />
        <Button disabled={send.pending} onClick={() => void sendReply()}>
          {t('pool.send')}
        </Button>
      </Card>
      <Card title={t('pool.emergency')} tone="emergency" testId="pool-emergency">
        {data.emergencyContacts.length === 0 ? (
          <p>{t('pool.noEmergency')}</p>
        ) : (
          <ul className="plain-list">
            {data.emergencyContacts.map((c) => (
              <li key={c.phone}>
                {c.label}: <a href={`tel:${c.phone}`}>{c.phone}</a>
                {c.hours ? ` (${c.hours})` : ''}
              </li>
            ))}
          </ul>
        )}
        <p>{t('pool.supervisors', { count: data.poolSupervisorsOnDuty })}</p>
      </Card>
      <Card title={t('pool.handover')}>
        <TextAreaField
          label={t('pool.summary')}
          hint={t('pool.handoverHint')}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          rows={4}
        />
        <ErrorAlert error={handOver.error} />
        <Button
          variant="secondary"
          disabled={handOver.pending || summary.trim() === ''}
          onClick={() => void handOverCase()}
        >
          {t('pool.handOver')}
        </Button>
      </Card>
    </div>
  );
}
