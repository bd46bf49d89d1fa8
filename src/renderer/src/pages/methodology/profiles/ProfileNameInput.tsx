import { TextInput } from '@mantine/core';
import { useState } from 'react';

interface Props {
  name: string;
  error: string | undefined;
  onRename: (name: string) => void;
}

/**
 * The profile's name: typed freely, recorded when typing ends (blur or Enter) as one undo step,
 * so the list and the preview do not follow every keystroke.
 */
export function ProfileNameInput({ name, error, onRename }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== name) onRename(draft);
    setDraft(null);
  };
  return (
    <TextInput
      label="Name"
      w={320}
      maxLength={80}
      value={draft ?? name}
      error={error}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(null);
      }}
    />
  );
}
