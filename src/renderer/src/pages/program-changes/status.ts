import type { ProgramChangeStatus } from '../../../../shared/api';

export const STATUS_LABEL: Record<ProgramChangeStatus, string> = {
  open: 'Open',
  approved: 'Approved',
  rejected: 'Rejected',
  deferred: 'Deferred',
};

export const STATUS_COLOR: Record<ProgramChangeStatus, string> = {
  open: 'blue',
  approved: 'teal',
  rejected: 'red',
  deferred: 'gray',
};
