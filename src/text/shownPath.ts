/**
 * A file name as the terminal may show it. A name can hold control characters (ESC starts a
 * terminal escape sequence that recolours or rewrites the screen) and bidi controls (U+202E turns
 * "gpj.xlsx" around); shown raw, they would let a file name forge what the user reads.
 */
export function shownPath(text: string): string {
  let shown = '';
  for (const character of text) {
    const code = character.charCodeAt(0);
    if (!isControl(code)) shown += character;
    else shown += code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return shown;
}

/** C0 and C1 controls, DEL, and the bidi embeddings, overrides and isolates. */
function isControl(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/**
 * A message as the terminal shows it: the names it quotes (files, sheets, parts, a library's
 * detail) escaped as shownPath does, its own line breaks kept. Applied where the command line
 * prints, so that message tables stay plain text for the workbook and the task pane.
 */
export function terminalText(text: string): string {
  return text.split('\n').map(shownPath).join('\n');
}
