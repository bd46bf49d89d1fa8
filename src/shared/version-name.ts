/**
 * How a methodology version is named in words, everywhere (app, CLI, exports): "Partner Health v1
 * · version 2", "… · draft". A methodology's own name may end in "v1", so "v2" is never glued to it
 * ("Partner Health v1 v2" reads as nonsense).
 */
export function versionName(name: string, version: number | null, draft = 'draft'): string {
  return `${name} · ${version === null ? draft : `version ${version}`}`;
}
