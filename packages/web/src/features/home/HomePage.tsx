import { useUser } from '../../api/session.tsx';
import { FacilityVacanciesPage } from '../childcare/FacilityVacanciesPage.tsx';
import { VacancyStatusPage } from '../childcare/VacancyStatusPage.tsx';
import { CityHome } from './CityHome.tsx';
import { ConsultingHome } from './ConsultingHome.tsx';
import { CoordinatorHome } from './CoordinatorHome.tsx';
import { EmployerHome } from './EmployerHome.tsx';
import { NetworkHome } from './NetworkHome.tsx';
import { SupervisorHome } from './SupervisorHome.tsx';

export function HomePage() {
  const user = useUser();
  switch (user.role) {
    case 'worker':
    case 'family':
      return <ConsultingHome />;
    case 'coordinator':
      return <CoordinatorHome />;
    case 'supervisor':
      return <SupervisorHome />;
    case 'employer_admin':
      return <EmployerHome />;
    case 'city_staff':
      return <CityHome />;
    case 'network_admin':
      return <NetworkHome />;
    // Their one monthly task is their home: signed in, the figures are there to confirm.
    case 'facility_staff':
      return <FacilityVacanciesPage />;
    case 'childcare_staff':
      return <VacancyStatusPage />;
  }
}
