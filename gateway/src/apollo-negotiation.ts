import { createRequire } from 'node:module';

/**
 * Apollo Server builds a `Negotiator` on every request to choose between incremental-delivery
 * formats by the `accept` header (requestPipeline.js, `useLegacyIncremental`), and again for the
 * response's content type when the client sent one; each call parses the header and ranks every
 * offered media type. The choice depends on nothing but the header and the offered list, and
 * clients send a handful of distinct headers, so `mediaType()` remembers its answer per header and
 * list: 256 short headers at most (longer or further ones are negotiated afresh each time).
 */
interface NegotiatorPrototype {
  request?: { headers?: Record<string, unknown> };
  mediaType(available?: string[]): string | undefined;
  [REMEMBERS]?: true;
}

const REMEMBERS = Symbol.for('tessera.negotiatorRemembersMediaTypes');
const MAX_ENTRIES = 256;
const MAX_HEADER_LENGTH = 256;

/** The copy of `negotiator` Apollo Server imports. */
export function apolloNegotiator(): { prototype: NegotiatorPrototype } & (new (request: {
  headers: Record<string, string | undefined>;
}) => NegotiatorPrototype) {
  const require = createRequire(import.meta.url);
  const fromServer = createRequire(require.resolve('@apollo/server'));
  return fromServer('negotiator') as ReturnType<typeof apolloNegotiator>;
}

export function rememberNegotiatedMediaTypes(): void {
  const proto = apolloNegotiator().prototype;
  if (proto[REMEMBERS]) return;
  const negotiate = proto.mediaType;
  const remembered = new Map<string, string | undefined>();
  proto.mediaType = function mediaType(this: NegotiatorPrototype, available?: string[]) {
    const accept = this.request?.headers?.accept;
    if (
      !Array.isArray(available) ||
      (accept !== undefined && (typeof accept !== 'string' || accept.length > MAX_HEADER_LENGTH))
    )
      return negotiate.call(this, available);
    // \u0000 (no header) is not a header's text; \u0001 is in no media type.
    const key = `${accept === undefined ? '\u0000' : accept}\u0001${available.join('\u0001')}`;
    if (remembered.has(key)) return remembered.get(key);
    const chosen = negotiate.call(this, available);
    if (remembered.size < MAX_ENTRIES) remembered.set(key, chosen);
    return chosen;
  };
  proto[REMEMBERS] = true;
}
