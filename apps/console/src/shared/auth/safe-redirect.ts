/** Only same-app paths: `?redirect=//evil.example` must not send anyone away. */
export function safeRedirect(value: unknown): string | null {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : null;
}
