/**
 * Polls until `probe` returns something truthy, for conditions outside a test body
 * (hooks) or across a process boundary. The timeout only bounds a hung run.
 */
export async function waitFor<T>(
  probe: () => Promise<T> | T,
  {
    what,
    timeoutMs = 60_000,
    intervalMs = 50,
  }: { what: string; timeoutMs?: number; intervalMs?: number },
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
