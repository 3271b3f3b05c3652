/**
 * `npm run check`: builds the command line's bundle when it is missing or stale (well under a
 * second), then runs it in this same process, so the user pays for one node start, not two.
 */
import { pathToFileURL } from 'node:url';
import { ensureCliBundle } from './cli-bundle.mjs';

await import(pathToFileURL(await ensureCliBundle()).href);
