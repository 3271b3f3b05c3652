/**
 * Sizes of what crosses to Excel and back. Excel on the web rejects a request or a response over
 * 5 MB, so reads and writes are cut into blocks whose estimated JSON size stays under a budget,
 * and as many blocks as fit go into one context.sync().
 */

/** Excel on the web's limit per request and per response. */
export const PAYLOAD_LIMIT = 5_000_000;

/**
 * What the adapter allows itself per sync: 10% under the limit, for the envelope and estimate
 * error. Writes know their request size to the byte (the arrays' JSON); reads estimate responses
 * from what they measured, with SAFETY_FACTOR on top. Fuller syncs are fewer round trips.
 */
export const DEFAULT_PAYLOAD_BUDGET = PAYLOAD_LIMIT * 0.9;

/** Measured sizes are multiplied by this before they size the next blocks. */
export const SAFETY_FACTOR = 1.1;

/** Far below the 5,000,000 cells above which Excel returns values as null. */
export const MAX_CELLS_PER_RANGE = 1_000_000;

/**
 * The most cells one read takes in (all sheets together). Indicator tables are far smaller; a used
 * range this big is a stray entry far down or right, and reading it would take hundreds of syncs
 * and more memory than a task pane has.
 */
export const MAX_CELLS_PER_READ = 3_000_000;

/**
 * Bytes a queued action costs besides its arguments. Office sends an action and, for each new
 * object, an object path ({"Id":…,"ActionType":…,"Name":…,"ObjectPathId":…,"ArgumentInfo":…}
 * and {"Id":…,"ObjectPathType":…,"Name":"GetRange","ParentObjectPathId":…}): about 100–160
 * bytes. The host double counts 40–70. Sized for Office, the larger; the writers keep per-cell
 * actions rare, so the overestimate costs the double little.
 */
export const ACTION_OVERHEAD = 120;

/** The UTF-8 length of JSON.stringify(value), counted without building the string. */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case 'string':
      return stringBytes(value);
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'object': {
      if (Array.isArray(value)) {
        let total = 2 + Math.max(0, value.length - 1);
        for (const item of value) total += jsonBytes(item);
        return total;
      }
      let total = 2;
      let first = true;
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        if (item === undefined) continue;
        total += (first ? 0 : 1) + stringBytes(key) + 1 + jsonBytes(item);
        first = false;
      }
      return total;
    }
    default:
      return 4;
  }
}

function stringBytes(text: string): number {
  let total = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20) total += 6;
    else if (code === 0x22 || code === 0x5c) total += 2;
    else if (code < 0x80) total += 1;
    else if (code < 0x800) total += 2;
    // A surrogate pair is one 4-byte character: 2 bytes for each half.
    else if (code >= 0xd800 && code <= 0xdfff) total += 2;
    else total += 3;
  }
  return total;
}
