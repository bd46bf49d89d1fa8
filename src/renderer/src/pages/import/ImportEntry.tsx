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

/** A drop target on the Data overview: the files go straight into the wizard. */
export function ImportDropZone() {
  const navigate = useNavigate();
  const chooseFiles = useImportWizard((s) => s.chooseFiles);
  return (
    <Box mb="sm">
      <FileDropZone
        compact
        onFiles={(files) => {
          void chooseFiles(files);
          void navigate(IMPORT_PATH);
        }}
      />
    </Box>
  );
}
