// Share and embed URLs and the iframe snippet a host page pastes (pure, tested).

/** The link as this deployment serves it. */
export function embedUrl(token: string, blockId?: string | null, origin = window.location.origin): string {
  const url = `${origin}/embed/${token}`;
  return blockId ? `${url}?block=${encodeURIComponent(blockId)}` : url;
}

/**
 * The short link (`/s/<code>`, the API's `shortUrl`) on this deployment's origin, like embedUrl;
 * `?block=` carries over the redirect to the embed.
 */
export function shortLinkUrl(
  shortUrl: string,
  blockId?: string | null,
  origin = window.location.origin,
): string {
  let path: string;
  try {
    path = new URL(shortUrl).pathname;
  } catch {
    path = shortUrl;
  }
  const url = `${origin}${path}`;
  return blockId ? `${url}?block=${encodeURIComponent(blockId)}` : url;
}

export interface SnippetOptions {
  /** Fills the host's width, height from the aspect ratio (fixed width/height otherwise). */
  responsive: boolean;
  width: number;
  height: number;
  title: string;
}

export const SNIPPET_LIMITS = { minWidth: 200, maxWidth: 4000, minHeight: 150, maxHeight: 4000 };

const clamp = (n: number, lo: number, hi: number) =>
  Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.round(n))) : lo;

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedSnippet(url: string, options: Partial<SnippetOptions> = {}): string {
  const width = clamp(options.width ?? 960, SNIPPET_LIMITS.minWidth, SNIPPET_LIMITS.maxWidth);
  const height = clamp(options.height ?? 600, SNIPPET_LIMITS.minHeight, SNIPPET_LIMITS.maxHeight);
  const title = attr(options.title?.trim() || 'Tessera report');
  const src = attr(url);
  if (options.responsive ?? true) {
    return `<iframe src="${src}" title="${title}" style="width:100%;aspect-ratio:${width}/${height};border:0" loading="lazy"></iframe>`;
  }
  return `<iframe src="${src}" title="${title}" width="${width}" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
