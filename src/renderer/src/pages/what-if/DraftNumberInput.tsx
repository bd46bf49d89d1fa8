import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useState } from 'react';

type Props = Omit<NumberInputProps, 'value' | 'onChange' | 'onBlur'> & {
  value: number;
  /** Each number typed (shown at once, not yet an undo step). */
  onPreview: (value: number) => void;
  /** Typing finished (blur or Enter): one undo step. */
  onCommit: () => void;
};

/**
 * A number field that previews every number typed and records one step when typing ends. While
 * focused it shows what the user typed, not the value the edit resolved to (so "7" on the way to
 * "70" is not rewritten); afterwards it shows the value again.
 */
export function DraftNumberInput({ value, onPreview, onCommit, onKeyDown, ...rest }: Props) {
  const [typing, setTyping] = useState<string | number | null>(null);
  return (
    <NumberInput
      {...rest}
      value={typing ?? value}
      onFocus={() => setTyping(null)}
      onChange={(v) => {
        setTyping(v);
        if (typeof v === 'number' && Number.isFinite(v)) onPreview(v);
      }}
      onBlur={() => {
        setTyping(null);
        onCommit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          setTyping(null);
          onCommit();
        }
        onKeyDown?.(e);
      }}
    />
  );
}
