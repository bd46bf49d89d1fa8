import { Text, type TextProps } from '@mantine/core';

interface PathTextProps extends TextProps {
  path: string;
  'data-testid'?: string;
}

/**
 * A file path that, when too long, loses its beginning rather than its file name. The text runs
 * right-to-left for the ellipsis, so left-to-right marks keep `/` and `.` where they belong.
 */
export function PathText({ path, ...props }: PathTextProps) {
  return (
    <Text
      {...props}
      title={path}
      style={{
        direction: 'rtl',
        textAlign: 'left',
        overflow: 'hidden',
        whiteSpace: 'nowrap',
        textOverflow: 'ellipsis',
        minWidth: 0,
      }}
    >
      {`\u200e${path}\u200e`}
    </Text>
  );
}
