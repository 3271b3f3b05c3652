/** What a thrown value says: its message, and the system's error code when it has one. */

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** "ENOSPC", "ERR_BUFFER_TOO_LARGE"…; undefined for an error without one, or anything else thrown. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
