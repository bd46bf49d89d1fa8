/** A new workspace's suggested file: next to the open one, so the user only edits the name. */
export function suggestWorkspacePath(currentPath: string | undefined, fileName: string): string {
  if (!currentPath) return '';
  const cut = Math.max(currentPath.lastIndexOf('/'), currentPath.lastIndexOf('\\'));
  if (cut < 0) return '';
  return `${currentPath.slice(0, cut + 1)}${fileName}`;
}
