import { ConfigError, loadConfig } from '../config/config.ts';
import { migrationsInRelease } from '../platform/db/database.ts';
import { examineInstallation, type Finding } from '../operations/doctor.ts';

const mark: Record<Finding['status'], string> = { ok: 'ok  ', warn: 'WARN', fail: 'FAIL' };

/** `yorisoi doctor`: one line per check; exit 1 when anything would break the service. */
export async function runDoctorCommand(write: (line: string) => void): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    write(`FAIL configuration: ${error.message}`);
    return 1;
  }
  write('ok   configuration: every variable valid');
  const findings = await examineInstallation(config, migrationsInRelease());
  for (const finding of findings)
    write(`${mark[finding.status]} ${finding.check}: ${finding.detail}`);
  const failed = findings.filter((finding) => finding.status === 'fail').length;
  write(failed === 0 ? 'nothing is broken' : `${failed} check(s) failed`);
  return failed === 0 ? 0 : 1;
}
