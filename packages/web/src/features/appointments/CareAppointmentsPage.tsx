import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../api/session.tsx';
import { useApiData } from '../../api/use-api.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { useNow } from '../consultations/use-now.ts';
import { usePolling } from '../consultations/use-polling.ts';
import { AppointmentCard } from './AppointmentCard.tsx';
import { CoordinatorSelect } from './CoordinatorSelect.tsx';

/** A coordinator's upcoming appointments; a supervisor may look at any coordinator's. */
export function CareAppointmentsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [coordinatorId, setCoordinatorId] = useState(user.id);
  const list = useApiData('listAppointments', { query: { coordinatorId } });
  // The consultation opens at the booked time: the list shows its link without a reload.
  usePolling(list.reload, 30_000);
  const now = useNow(60_000);
  return (
    <Page title={t('appointments.care.title')} lead={<p>{t('appointments.care.lead')}</p>}>
      {user.role === 'supervisor' ? (
        <CoordinatorSelect
          label={t('appointments.care.coordinator')}
          value={coordinatorId}
          onChange={setCoordinatorId}
        />
      ) : null}
      <ErrorAlert error={list.error} />
      {list.data ? (
        list.data.items.length === 0 ? (
          <p className="muted">{t('appointments.care.empty')}</p>
        ) : (
          <ul className="appointment-list" data-testid="care-appointments">
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
