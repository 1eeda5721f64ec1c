import { describe, expect, it } from 'vitest';
import { signInAs } from '../testing/fixtures.ts';
import { startConsultationAs } from '../testing/consultation-fixtures.ts';
import { mailText } from '../testing/smtp-sink.ts';
import { notificationOutbox } from '../platform/db/schema/index.ts';
import { onShiftNow } from '../testing/shift-fixtures.ts';
import { recordSlaBreaches } from '../sla/breaches.service.ts';
import { useSmtpSink } from '../testing/use-smtp-sink.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const smtp = useSmtpSink();
const t = useTestApp(() => ({ SMTP_URL: smtp.url, MAIL_FROM: 'Yorisoi <alerts@test.example>' }));
const tenant = useTenant(t, 'notify');

describe('staff alerts by email', () => {
  it('alerts the supervisor at once about a high-risk message, without its content or the person', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const started = await startConsultationAs(worker, 'ALERT-MARKER もう消えたいです');
    await t.ctx.outbox.idle();
    const mail = smtp.mails.find((m) => m.to.includes(tenant.people.supervisor.email));
    expect(mail).toBeDefined();
    const text = mailText(mail!.raw);
    expect(text).toContain('緊急度の高い表現を含む相談が届きました');
    expect(text).toContain(`/consultations/${started.consultation.id}`);
    for (const leak of [
      'ALERT-MARKER',
      '消えたい',
      tenant.people.worker.email,
      tenant.people.worker.displayName,
    ]) {
      expect(text).not.toContain(leak);
      expect(mail!.raw).not.toContain(leak);
    }
    expect(mail!.to).not.toContain(tenant.people.employerAdmin.email);
    expect(mail!.to).not.toContain(tenant.people.cityStaff.email);
  });

  it('alerts whoever is on shift when a response target is missed, once', async () => {
    await onShiftNow(t.ctx, tenant, tenant.people.coordinator, { kind: 'on_call', hoursLeft: 20 });
    const family = await signInAs(t, tenant.people.family);
    await startConsultationAs(family, '子どもの発達について相談したいです');
    const before = smtp.mails.length;
    t.clock.advance(40 * 60_000);
    expect(await recordSlaBreaches(t.ctx)).toBeGreaterThanOrEqual(1);
    await t.ctx.outbox.idle();
    const fresh = smtp.mails.slice(before);
    expect(fresh.map((m) => m.to).flat()).toContain(tenant.people.coordinator.email);
    expect(fresh.map((m) => m.to).flat()).not.toContain(tenant.people.supervisor.email);
    await recordSlaBreaches(t.ctx);
    await t.ctx.outbox.idle();
    expect(smtp.mails.length).toBe(before + fresh.length);
    const rows = await t.ctx.db.select().from(notificationOutbox);
    // Nobody here subscribed to push, so those rows are skipped; every mail went out.
    expect(rows.filter((r) => r.channel === 'email').every((r) => r.status === 'sent')).toBe(true);
  });
});
