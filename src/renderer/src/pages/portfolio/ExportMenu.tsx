import { Button, Menu } from '@mantine/core';
import { memo } from 'react';
import type { PortfolioTable } from '../../../../shared/api';
import { useAsyncAction } from '../../hooks/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import type { PortfolioColumn } from './column-catalog';
import { exportView } from './export-view';

interface ExportMenuProps {
  data: PortfolioTable;
  columns: PortfolioColumn[];
  /** The rows in view, in order (read when the menu is used). */
  rows: () => number[];
}

/** Exports exactly what the table shows: its columns, rows and order. */
export const ExportMenu = memo(function ExportMenu({ data, columns, rows }: ExportMenuProps) {
  const action = useAsyncAction(exportView);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="default" loading={action.pending}>
            Export
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>This view ({rows().length.toLocaleString()} partners)</Menu.Label>
          <Menu.Item onClick={() => void action.run('csv', data, columns, rows())}>
            CSV (.csv)
          </Menu.Item>
          <Menu.Item onClick={() => void action.run('xlsx', data, columns, rows())}>
            Excel (.xlsx)
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {action.error && (
        <div style={{ position: 'fixed', bottom: 16, right: 16, zIndex: 300, maxWidth: 480 }}>
          <ApiErrorAlert error={action.error} context="Export" onClose={action.clearError} />
        </div>
      )}
    </>
  );
});
