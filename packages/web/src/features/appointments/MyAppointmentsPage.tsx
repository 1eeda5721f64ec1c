import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api.ts';
import { paths } from '../../app/guards.ts';
import { Alert } from '../../ui/Alert.tsx';
import { LinkButton } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { useNow } from '../consultations/use-now.ts';
import { useLiveRefresh } from '../consultations/use-live-refresh.ts';
import { AppointmentCard } from './AppointmentCard.tsx';

/** The person's appointments: upcoming and last week's. */
export function MyAppointmentsPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const booking = location.state as { booked?: string; mailed?: boolean } | null;
  const justBooked = booking?.booked;
  const list = useApiData('listAppointments', { query: {} });
  // The consultation opens at the booked time: the list shows its link without a reload.
  useLiveRefresh(list.reload, 'myConsultations');
  const now = useNow(60_000);
  return (
    <Page
      title={t('appointments.mine.title')}
      lead={<p>{t('appointments.mine.lead')}</p>}
      actions={<LinkButton to={paths.bookAppointment}>{t('appointments.mine.new')}</LinkButton>}
    >
      {justBooked ? (
        <Alert tone="success" testId="booked">
          <p>
            {t(booking?.mailed ? 'appointments.mine.bookedMailed' : 'appointments.mine.booked')}
          </p>
        </Alert>
      ) : null}
      <ErrorAlert error={list.error} />
      {list.data ? (
        list.data.items.length === 0 ? (
          <p className="muted">{t('appointments.mine.empty')}</p>
        ) : (
          <ul className="appointment-list">
            {list.data.items.map((a) => (
              <AppointmentCard key={a.id} appointment={a} now={now} onChanged={list.reload} />
            ))}
          </ul>
        )
      ) : (
        <Loading />
      )}
    </Page>
  );
}
