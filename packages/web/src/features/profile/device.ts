/** A short, human name for a browser's user agent ("Safari on iPhone"), or null. */
export function describeDevice(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const os = /iPhone/.test(userAgent)
    ? 'iPhone'
    : /iPad/.test(userAgent)
      ? 'iPad'
      : /Android/.test(userAgent)
        ? 'Android'
        : /Windows/.test(userAgent)
          ? 'Windows'
          : /Mac OS X|Macintosh/.test(userAgent)
            ? 'Mac'
            : /Linux/.test(userAgent)
              ? 'Linux'
              : null;
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Line\//.test(userAgent)
      ? 'LINE'
      : /Chrome\/|CriOS\//.test(userAgent)
        ? 'Chrome'
        : /Firefox\/|FxiOS\//.test(userAgent)
          ? 'Firefox'
          : /Safari\//.test(userAgent)
            ? 'Safari'
            : null;
  if (browser && os) return `${browser} / ${os}`;
  return browser ?? os ?? userAgent.slice(0, 60);
}
