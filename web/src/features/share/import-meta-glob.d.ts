// Vite's import.meta.glob (web/tsconfig.json loads no vite/client types): lets the share dialog
// mount a screen of another feature only when it is in the build.
interface ImportMeta {
  glob<T>(pattern: string): Record<string, () => Promise<T>>;
}
