import { Modal } from '@mantine/core';
import { CompareView } from './CompareView';

interface Props {
  opened: boolean;
  scenarioIds: number[];
  onClose: () => void;
}

/** Up to three saved scenarios side by side, over the page. */
export function CompareDialog({ opened, scenarioIds, onClose }: Props) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Compare scenarios"
      size="calc(100vw - 96px)"
      styles={{ title: { fontWeight: 600 } }}
    >
      {opened && <CompareView scenarioIds={scenarioIds} />}
    </Modal>
  );
}
