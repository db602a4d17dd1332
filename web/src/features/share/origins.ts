// The allowed-origins field of a share link: one origin per line, checked as the server checks
// them (https://host[:port], http:// only for localhost, no path, at most 20), so mistakes show
// before the link is created.
export const MAX_ORIGINS = 20;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface OriginsCheck {
  origins: string[];
  problems: string[];
}

export function parseOrigins(text: string): OriginsCheck {
  const lines = text
    .split(/[\n,\s]+/)
    .map((l) => l.trim())
    .filter(Boolean);
  const origins: string[] = [];
  const problems: string[] = [];
  for (const line of lines) {
    const trimmed = line.replace(/\/$/, '');
    let url: URL | null = null;
    try {
      url = new URL(trimmed);
    } catch {
      url = null;
    }
    const local = url !== null && LOCAL_HOSTS.has(url.hostname);
    if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && local))) {
      problems.push(`${line}: use https://host (http:// only for localhost)`);
    } else if (url.origin.toLowerCase() !== trimmed.toLowerCase() || url.hostname.includes('*')) {
      problems.push(`${line}: an origin has no path, query or wildcard (${url.origin})`);
    } else if (!origins.includes(url.origin)) {
      origins.push(url.origin);
    }
  }
  if (origins.length > MAX_ORIGINS) problems.push(`At most ${MAX_ORIGINS} origins`);
  return { origins, problems };
}
