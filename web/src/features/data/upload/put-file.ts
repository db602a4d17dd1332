// PUT a file to a signed upload link with XMLHttpRequest, which (unlike fetch) reports upload progress.

export interface PutResult {
  status: number;
  body: unknown;
}

/**
 * The signed link names the public URL; the web app is served by the same gateway that proxies
 * /upload, so a link on another origin (a dev server, a proxy) is sent to this origin instead.
 */
export function sameOriginLink(link: string): string {
  try {
    const url = new URL(link, location.origin);
    return url.origin === location.origin ? url.href : `${url.pathname}${url.search}`;
  } catch {
    return link;
  }
}

export function putFile(
  link: string,
  body: Blob,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal; contentType?: string } = {},
): Promise<PutResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', sameOriginLink(link));
    xhr.setRequestHeader('content-type', options.contentType || 'application/octet-stream');
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    const finish = () => {
      let parsed: unknown = null;
      try {
        parsed = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        parsed = xhr.responseText;
      }
      resolve({ status: xhr.status, body: parsed });
    };
    xhr.onload = finish;
    xhr.onerror = () => resolve({ status: 0, body: null });
    xhr.onabort = () =>
      resolve({ status: 0, body: { error: { code: 'ABORTED', message: 'The upload was cancelled.' } } });
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

export function withPreviewFlag(link: string): string {
  return link + (link.includes('?') ? '&' : '?') + 'preview=1';
}
