import type { Workspace } from '../../workspace/workspace';
export async function exportData(_ws: Workspace, _args: unknown): Promise<{ fileName: string; ext: string; mime: string; bytes: Uint8Array; count: number }> {
  throw new Error('todo');
}
