// Tessera's mark (the same drawing as /favicon.svg), drawn inline: an <img> of the favicon is one
// more request on every first open, and an SVG document to decode on the main thread.
export function BrandMark({ size }: { size: number }) {
  return (
    <svg
      viewBox="0 0 32 32"
      width={size}
      height={size}
      style={{ flex: 'none' }}
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="6" fill="#4f46e5" />
      <rect x="6" y="6" width="9" height="9" rx="2" fill="#fff" />
      <rect x="17" y="6" width="9" height="9" rx="2" fill="#c7d2fe" />
      <rect x="6" y="17" width="9" height="9" rx="2" fill="#c7d2fe" />
      <rect x="17" y="17" width="9" height="9" rx="2" fill="#fff" />
    </svg>
  );
}
