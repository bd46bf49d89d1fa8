import { Box, Button } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { FileDropZone } from './FileDropZone';
import { useImportWizard } from './import-wizard-store';

export const IMPORT_PATH = '/data/import';

/** The Data overview's way into the wizard. */
export function ImportDataButton() {
  return (
    <Button component={Link} to={IMPORT_PATH} size="xs" data-testid="open-import">
      Import data…
    </Button>
  );
}

/** A drop target on the Data overview: the file goes straight into the wizard. */
export function ImportDropZone() {
  const navigate = useNavigate();
  const chooseFile = useImportWizard((s) => s.chooseFile);
  return (
    <Box mb="sm">
      <FileDropZone
        compact
        onFile={(file) => {
          void chooseFile(file);
          void navigate(IMPORT_PATH);
        }}
      />
    </Box>
  );
}
