/** Native file dialogs exist only in the desktop app; the browser host asks for a typed path. */
export function canBrowseFiles(): boolean {
  return typeof window.partnerscope?.openFileDialog === 'function';
}

export async function chooseWorkspaceFile(save: boolean): Promise<string | null> {
  const dialog = window.partnerscope?.openFileDialog;
  if (!dialog) return null;
  return dialog({ save, title: save ? 'New workspace' : 'Open workspace' });
}
