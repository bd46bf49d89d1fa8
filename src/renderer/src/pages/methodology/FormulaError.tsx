import { Alert, Code, Text } from '@mantine/core';

/** A formula error with the formula underlined where it went wrong. */
export function FormulaError({
  formula,
  error,
}: {
  formula: string;
  error: { message: string; position: number; length: number };
}) {
  const before = formula.slice(0, error.position);
  const at = formula.slice(error.position, error.position + error.length) || ' ';
  const after = formula.slice(error.position + error.length);
  return (
    <Alert color="red" variant="light" p="xs" data-testid="formula-error">
      <Text size="sm">{error.message}</Text>
      <Code block mt={4}>
        {before}
        <mark
          style={{ textDecoration: 'underline wavy', background: 'var(--mantine-color-red-light)' }}
        >
          {at}
        </mark>
        {after}
      </Code>
    </Alert>
  );
}
