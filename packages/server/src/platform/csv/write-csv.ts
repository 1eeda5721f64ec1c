function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 (CRLF) with a byte-order mark, so that Excel in Japan opens UTF-8 correctly:
 * the shape of every CSV download and open-data export.
 */
export function gridAsCsv(grid: readonly (readonly (string | number)[])[]): Buffer {
  const lines = grid.map((row) => row.map(csvField).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
