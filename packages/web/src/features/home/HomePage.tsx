import { lazy, Suspense } from 'react';
import type { Role } from '@yorisoi/shared';
import { useUser } from '../../api/session.tsx';
import { Loading } from '../../ui/Loading.tsx';

/** Each role's home in its own chunk: a worker's phone downloads only the worker's. */
const homes: Record<Role, ReturnType<typeof lazy>> = {
  worker: lazy(async () => ({ default: (await import('./ConsultingHome.tsx')).ConsultingHome })),
  family: lazy(async () => ({ default: (await import('./ConsultingHome.tsx')).ConsultingHome })),
  coordinator: lazy(async () => ({
    default: (await import('./CoordinatorHome.tsx')).CoordinatorHome,
  })),
  supervisor: lazy(async () => ({
    default: (await import('./SupervisorHome.tsx')).SupervisorHome,
  })),
  employer_admin: lazy(async () => ({
    default: (await import('./EmployerHome.tsx')).EmployerHome,
  })),
  city_staff: lazy(async () => ({ default: (await import('./CityHome.tsx')).CityHome })),
  network_admin: lazy(async () => ({ default: (await import('./NetworkHome.tsx')).NetworkHome })),
  // Their one monthly task is their home: signed in, the figures are there to confirm.
  facility_staff: lazy(async () => ({
    default: (await import('../childcare/FacilityVacanciesPage.tsx')).FacilityVacanciesPage,
  })),
  participant: lazy(async () => ({
    default: (await import('../work/MyWorkProfilePage.tsx')).MyWorkProfilePage,
  })),
  programme_staff: lazy(async () => ({
    default: (await import('../job-centre/ProgrammeStaffHome.tsx')).ProgrammeStaffHome,
  })),
  childcare_staff: lazy(async () => ({
    default: (await import('../childcare/VacancyStatusPage.tsx')).VacancyStatusPage,
  })),
};

export function HomePage() {
  const user = useUser();
  const Home = homes[user.role];
  return (
    <Suspense fallback={<Loading />}>
      <Home />
    </Suspense>
  );
}
