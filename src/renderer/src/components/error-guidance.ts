import type { ErrorCode } from '../../../shared/errors';

interface Guidance {
  title: string;
  /** What the user can do about it. */
  action: string;
}

/** For each backend error code: a headline and the next step, shown beside the backend's message. */
const GUIDANCE: Record<ErrorCode, Guidance> = {
  UNAUTHORIZED: {
    title: 'Not connected to Partnerscope',
    action:
      'Open the link that `partnerscope serve` printed in its terminal (it ends in ?token=…). If the host was restarted, use the new link.',
  },
  NO_WORKSPACE: {
    title: 'No workspace is open',
    action: 'Open a workspace, or open the demo workspace to explore.',
  },
  WORKSPACE_TOO_NEW: {
    title: 'Workspace made by a newer Partnerscope',
    action: 'Update Partnerscope to open this workspace; it was left unchanged.',
  },
  NOT_A_WORKSPACE: {
    title: 'Not a Partnerscope workspace',
    action: 'Choose a .partnerscope file created by Partnerscope.',
  },
  WORKSPACE_DAMAGED: {
    title: 'The workspace file is damaged',
    action: 'Restore the workspace from a backup; the damaged file was left unchanged.',
  },
  READ_ONLY: {
    title: 'The workspace cannot be written',
    action: 'Copy the workspace to a folder you can write to, or allow writing where it is.',
  },
  NOT_FOUND: {
    title: 'Not found',
    action: 'Check the path, or pick the file from the recent workspaces.',
  },
  ALREADY_EXISTS: {
    title: 'The file already exists',
    action: 'Choose another file name, or tick “Replace an existing file”.',
  },
  INVALID_ARGUMENT: { title: 'Invalid input', action: 'Check the values you entered.' },
  INVALID_DATA: { title: 'The data was refused', action: 'Correct the data and try again.' },
  UNKNOWN_METHOD: {
    title: 'This version of the app and its backend do not match',
    action: 'Restart Partnerscope so both parts come from the same version.',
  },
  CANCELLED: { title: 'Cancelled', action: 'Nothing was changed. Start again when ready.' },
  ENGINE_RESTARTED: {
    title: 'The background engine restarted',
    action: 'Nothing was saved from that step; try it again.',
  },
  BUSY: {
    title: 'The workspace is busy',
    action: 'Another import is writing it; try again when it has finished.',
  },
  INTERNAL: {
    title: 'Something went wrong',
    action:
      'Try again. If it keeps happening, restart Partnerscope; the terminal or log shows the details.',
  },
};

export function guidanceFor(code: ErrorCode): Guidance {
  return GUIDANCE[code];
}
