import type { shiftKinds } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { shifts } from '../platform/db/schema/index.ts';
import type { FixturePerson, TenantFixture } from './fixtures.ts';

const hour = 3_600_000;

/**
 * Puts a care-team member on shift now (by the test clock): from an hour ago until
 * `hoursLeft` from now, entered by the tenant's supervisor as the roster screen would.
 */
export async function onShiftNow(
  ctx: AppContext,
  tenant: TenantFixture,
  person: FixturePerson,
  {
    kind = 'on_duty',
    hoursLeft = 8,
  }: { kind?: (typeof shiftKinds)[number]; hoursLeft?: number } = {},
): Promise<void> {
  const now = ctx.now().getTime();
  await ctx.db.insert(shifts).values({
    municipalityId: tenant.municipalityId,
    userId: person.id,
    kind,
    startsAt: new Date(now - hour),
    endsAt: new Date(now + hoursLeft * hour),
    createdBy: tenant.people.supervisor.id,
  });
}
