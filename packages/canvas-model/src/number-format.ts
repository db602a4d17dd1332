// The one number format of Tessera: the web app's result tables, metrics, text bindings and charts,
// and the canvases service's alert emails, Slack messages, webhook text and deliveries history all
// format numbers here, so 1234567.8 reads the same everywhere (1.23M in a chart, a metric, a binding
// or an alert; in full in a table cell, where nothing is rounded away). Locale: the runtime's.
import { METRIC_FORMATS, type MetricFormat } from './blocks/metric.ts';

export type NumberStyle = MetricFormat | 'auto' | 'axis' | 'cell';

const cache = new Map<string, Intl.NumberFormat>();
function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(undefined, options)));
  return f;
}

const COMPACT: Intl.NumberFormatOptions = { notation: 'compact', maximumSignificantDigits: 3 };

/**
 * `auto` (the default): 1.23M from a million up, 12,345 from ten thousand, else 2 decimals at most.
 * `axis`: short ticks (1.2k, 0.5). `cell`: a table cell, exact (integers ungrouped, as ids and years
 * are). The metric formats (`number`, `integer`, `currency`, `percent`, `compact`) as their names say.
 */
export function formatNumber(value: number, style: NumberStyle = 'auto'): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  switch (style) {
    case 'cell':
      return Number.isInteger(value) ? String(value) : formatter({ maximumFractionDigits: 6 }).format(value);
    case 'axis':
      return abs >= 1e3
        ? formatter({ notation: 'compact', maximumSignificantDigits: 2 }).format(value)
        : formatter({ maximumSignificantDigits: 6 }).format(value);
    case 'integer':
      return formatter({ maximumFractionDigits: 0 }).format(value);
    case 'compact':
      return formatter(COMPACT).format(value);
    case 'currency':
      return formatter({
        style: 'currency',
        currency: 'USD',
        // Like `auto`: cents only below ten thousand, so $747,483 sits beside $5.65M, not $747,482.57.
        ...(abs >= 1e6
          ? { notation: 'compact', maximumSignificantDigits: 3 }
          : { maximumFractionDigits: abs >= 1e4 ? 0 : 2 }),
      }).format(value);
    case 'percent':
      return formatter({ style: 'percent', maximumFractionDigits: 1 }).format(value);
    default:
      if (abs >= 1e6) return formatter(COMPACT).format(value);
      if (abs >= 1e4) return formatter({ maximumFractionDigits: 0 }).format(value);
      return formatter({ maximumFractionDigits: 2 }).format(value);
  }
}

/** A METRIC block's value as the block shows it: its `format` content when it is one, else `auto`. */
export function formatMetric(value: number, format: unknown): string {
  return formatNumber(
    value,
    (METRIC_FORMATS as readonly unknown[]).includes(format) ? (format as MetricFormat) : 'auto',
  );
}
