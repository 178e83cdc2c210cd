/**
 * Turns benchmark measurements into one side-by-side Markdown table (this site vs stock Docusaurus),
 * with ratios and the targets of issue 14 (ratios to stock measured in the same run). No I/O here, so
 * it is unit-tested.
 */

export type Unit = 'ms' | 's' | 'bytes' | 'score' | 'cls';

/** A target for this site's value, either absolute or relative to the stock value. */
export type Target =
  | { kind: 'min'; value: number }
  | { kind: 'max'; value: number }
  | { kind: 'maxRatio'; value: number }
  /** ours - stock at least `value` (scores: "stock + 10") */
  | { kind: 'minDifference'; value: number };

export interface Row {
  measure: string;
  page: string;
  unit: Unit;
  ours: number | undefined;
  stock: number | undefined;
  /** The median of the per-pair ratios (./pairs.ts); without it, ours / stock. */
  ratio?: number;
  /** The median of the per-pair differences; without it, ours - stock. */
  difference?: number;
  target?: Target;
  /** Why a value is missing, e.g. "not built yet". */
  note?: string;
}

export interface BenchReport {
  title: string;
  /** Lines printed above the table (machine, date, runs, definitions). */
  preamble: string[];
  rows: Row[];
  /** Lines printed below the table. */
  notes: string[];
}

/** Median of a list (mean of the middle two for an even count); undefined for an empty list. */
export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** ours / stock, or undefined when either is missing or stock is zero. */
export function ratio(ours: number | undefined, stock: number | undefined): number | undefined {
  if (ours === undefined || stock === undefined || stock === 0) return undefined;
  return ours / stock;
}

export function formatValue(value: number | undefined, unit: Unit): string {
  if (value === undefined) return '–';
  switch (unit) {
    case 'ms':
      return `${Math.round(value)} ms`;
    case 's':
      return `${value.toFixed(1)} s`;
    case 'bytes': // decimal units: 1 kB = 1000 bytes
      return value >= 1_000_000
        ? `${(value / 1_000_000).toFixed(2)} MB`
        : `${(value / 1000).toFixed(1)} kB`;
    case 'score':
      return String(Math.round(value));
    case 'cls':
      return value.toFixed(3);
  }
}

export function formatTarget(target: Target | undefined, unit: Unit): string {
  if (!target) return '';
  switch (target.kind) {
    case 'min':
      return `≥ ${formatValue(target.value, unit)}`;
    case 'max':
      return `≤ ${formatValue(target.value, unit)}`;
    case 'maxRatio':
      return `≤ ${target.value.toFixed(2)}× stock`;
    case 'minDifference':
      return `≥ stock + ${target.value}`;
  }
}

/** The ratio a row shows: the median of its pair ratios when it has them, else ours / stock. */
export function rowRatio(row: Row): number | undefined {
  return row.ratio ?? ratio(row.ours, row.stock);
}

/** The difference a row shows: the median of its pair differences when it has them, else ours - stock. */
export function rowDifference(row: Row): number | undefined {
  if (row.difference !== undefined) return row.difference;
  return row.ours === undefined || row.stock === undefined ? undefined : row.ours - row.stock;
}

/** true / false when the target can be judged, undefined when there is no target or no value. */
export function meetsTarget(row: Row): boolean | undefined {
  const { target, ours } = row;
  if (!target || ours === undefined) return undefined;
  switch (target.kind) {
    case 'min':
      return ours >= target.value;
    case 'max':
      return ours <= target.value;
    case 'maxRatio': {
      const r = rowRatio(row);
      return r === undefined ? undefined : r <= target.value;
    }
    case 'minDifference': {
      const d = rowDifference(row);
      return d === undefined ? undefined : d >= target.value;
    }
  }
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function renderMarkdown(report: BenchReport): string {
  const header =
    '| Measure | Page (this site vs stock) | This site | Stock Docusaurus | Ratio | Difference | Target | Met |';
  const divider = '| --- | --- | ---: | ---: | ---: | ---: | --- | :---: |';
  const lines = report.rows.map((row) => {
    const r = rowRatio(row);
    const d = row.unit === 'score' ? rowDifference(row) : undefined;
    const met = meetsTarget(row);
    const ours = row.note && row.ours === undefined ? row.note : formatValue(row.ours, row.unit);
    return `| ${[
      row.measure,
      row.page,
      ours,
      formatValue(row.stock, row.unit),
      r === undefined ? '–' : `${r.toFixed(2)}×`,
      d === undefined
        ? ''
        : `${d > 0 ? '+' : d < 0 ? '−' : '±'}${formatValue(Math.abs(d), row.unit)}`,
      formatTarget(row.target, row.unit),
      met === undefined ? '' : met ? 'yes' : '**no**',
    ]
      .map(cell)
      .join(' | ')} |`;
  });
  return [
    `# ${report.title}`,
    '',
    ...report.preamble,
    '',
    header,
    divider,
    ...lines,
    '',
    ...report.notes,
    '',
  ].join('\n');
}
