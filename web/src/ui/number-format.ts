// The number format lives in @tessera/canvas-model (the canvases service formats alert values
// with it too); the web app's modules import it from here.
import { formatNumber } from '@tessera/canvas-model';
export { formatMetric, formatNumber, type NumberStyle } from '@tessera/canvas-model';

/**
 * An axis tick in a chart's chosen format: as short as `axis`, but with the currency sign or the
 * percent sign the values carry ($1.2M, 45%).
 */
export function formatAxisNumber(value: number, format: 'currency' | 'percent' | 'auto' = 'auto'): string {
  if (!Number.isFinite(value) || format === 'auto') return formatNumber(value, 'axis');
  const options: Intl.NumberFormatOptions =
    format === 'percent'
      ? { style: 'percent', maximumFractionDigits: 1 }
      : {
          style: 'currency',
          currency: 'USD',
          ...(Math.abs(value) >= 1e3
            ? { notation: 'compact', maximumSignificantDigits: 2 }
            : { minimumFractionDigits: 0, maximumFractionDigits: 2 }),
        };
  const key = JSON.stringify(options);
  let f = axisFormatters.get(key);
  if (!f) axisFormatters.set(key, (f = new Intl.NumberFormat(undefined, options)));
  return f.format(value);
}
const axisFormatters = new Map<string, Intl.NumberFormat>();
