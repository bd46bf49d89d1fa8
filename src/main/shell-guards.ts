/**
 * The desktop shell's security decisions as small pure functions (no electron import), so they
 * are unit-tested in Node: which pages a window may show, which links may open in the browser,
 * which IPC senders are ours, which dialog options the renderer may ask for. `index.ts` wires
 * them to every window (the hidden print window included) and to the session.
 */
import { pathToFileURL } from 'node:url';
import { z } from 'zod';

/**
 * Hosts whose https links open in the user's browser. The app links to no external site today;
 * a host is added here when a page starts linking to it.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [];

/** Where the app's own pages come from: the renderer folder, or the dev server in development. */
export interface AppOrigin {
  rendererDir: string;
  devServerUrl?: string | undefined;
}

/** Whether `url` is one of the app's own pages (any hash or query). */
export function isAppUrl(url: string, origin: AppOrigin): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (origin.devServerUrl) {
    try {
      if (parsed.origin === new URL(origin.devServerUrl).origin) return true;
    } catch {
      // an invalid dev server address allows nothing
    }
  }
  if (parsed.protocol !== 'file:') return false;
  const dir = pathToFileURL(origin.rendererDir).href.replace(/\/?$/, '/');
  const page = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  return page.startsWith(dir) && !decodeURIComponent(parsed.pathname).includes('/../');
}

/** Whether a link may open in the user's browser: https to an allow-listed host, nothing else. */
export function isAllowedExternalUrl(url: string, hosts = EXTERNAL_LINK_HOSTS): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' &&
      parsed.username === '' &&
      parsed.password === '' &&
      hosts.includes(parsed.hostname.toLowerCase())
    );
  } catch {
    return false;
  }
}

/** Whether an IPC message comes from one of our own pages (its frame's URL), not a stray frame. */
export function isTrustedSender(frameUrl: string | undefined | null, origin: AppOrigin): boolean {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl, origin);
}

/** The only options the renderer may pass to the native file dialog. */
export const dialogOptionsSchema = z
  .object({
    save: z.boolean().optional(),
    title: z.string().max(200).optional(),
  })
  .strict();
export type DialogOptions = z.infer<typeof dialogOptionsSchema>;

/** Dialog options from the renderer, or null when they are not what the dialog channel takes. */
export function parseDialogOptions(options: unknown): DialogOptions | null {
  const parsed = dialogOptionsSchema.safeParse(options ?? {});
  return parsed.success ? parsed.data : null;
}

/** Permission requests (camera, notifications, geolocation…): the app needs none, so all are denied. */
export function permissionAllowed(_permission: string): boolean {
  return false;
}
