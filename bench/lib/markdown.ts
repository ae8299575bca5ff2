/** A markdown table, columns padded so that it also reads as plain text. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, c) => (cell ?? '').padEnd(widths[c])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** A number with sensible digits for a table: 1234 → "1,234", 12.34 → "12.3", 0.1234 → "0.12". */
export function fmt(value: number | null | undefined, digits?: number): string {
  if (value == null || !Number.isFinite(value)) return '—';
  const d = digits ?? (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2);
  return value.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
}

export const verdict = (met: boolean) => (met ? 'MET' : 'NOT MET');

/** A ratio with enough digits to see which side of its target it is on: 0.0397×, 0.13×, 15.7×. */
export const fmtRatio = (value: number) => `${fmt(value, Math.abs(value) < 0.1 ? 4 : undefined)}×`;
