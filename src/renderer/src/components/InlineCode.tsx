import { Code } from '@mantine/core';
import { Fragment } from 'react';

/** Text whose `backticked` parts (commands, file names in backend messages) render as code. */
export function InlineCode({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? <Code key={i}>{part}</Code> : <Fragment key={i}>{part}</Fragment>,
      )}
    </>
  );
}
