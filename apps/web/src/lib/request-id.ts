/**
 * A request's id: the one a trusted front (load balancer) sent, when it looks like an id (letters,
 * digits, dots, dashes, underscores and colons, at most 100), else a fresh UUID. Anything else
 * (newlines, long strings) is replaced, so an id can never forge log lines or headers.
 */
export function requestId(incoming: string | null | undefined): string {
  return incoming && /^[A-Za-z0-9._:-]{1,100}$/.test(incoming) ? incoming : crypto.randomUUID();
}
