/**
 * Moving the manifest's development URLs (https://localhost:3000/…) to the address the add-in is hosted
 * at. Pure string work: webpack.config.js applies it to dist/manifest.xml, checkManifest uses the same
 * normalisation for its --host option, and the tests run it directly.
 */

/** Where `npm run dev-server` serves the task pane; the repository's manifest.xml points here. */
export const DEV_HOST_URL = 'https://localhost:3000/';

/**
 * A hosting address as a base URL: https, no user, query or fragment, ending in "/".
 * Throws an Error that names the problem (the build prints it).
 */
export function normalizeHostUrl(hostUrl: string): string {
  const text = hostUrl.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`Not a URL: "${hostUrl}" (expected an address like https://host.example/path/)`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`The hosting address must use https (Office loads add-ins only over HTTPS): "${hostUrl}"`);
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '' || text.endsWith('?') || text.endsWith('#')) {
    throw new Error(`The hosting address must be a plain folder address, without user, query or fragment: "${hostUrl}"`);
  }
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url.href;
}

/** https://host.example/path/ → https://host.example (what an AppDomain names). */
export function hostOrigin(hostUrl: string): string {
  return new URL(normalizeHostUrl(hostUrl)).origin;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * Every URL under `from` (default the dev server) moves under `hostUrl`, keeping its path:
 * https://localhost:3000/assets/icon-32.png → https://host.example/path/assets/icon-32.png. The bare
 * origin (an AppDomain) becomes the new origin. Nothing else in the text changes.
 */
export function rewriteManifestUrls(xml: string, hostUrl: string, from: string = DEV_HOST_URL): string {
  const toBase = escapeXml(normalizeHostUrl(hostUrl));
  const toOrigin = escapeXml(hostOrigin(hostUrl));
  const fromOrigin = hostOrigin(from);
  const fromPath = new URL(normalizeHostUrl(from)).pathname;
  // The origin followed by the base path is a URL under the base; the origin alone (not followed by
  // more host name, port or path characters) is an AppDomain.
  const pattern = new RegExp(`${escapeRegExp(fromOrigin)}(?:(${escapeRegExp(fromPath)})|(?![\\w.:/-]))`, 'g');
  return xml.replace(pattern, (_match, underBase: string | undefined) => (underBase === undefined ? toOrigin : toBase));
}
