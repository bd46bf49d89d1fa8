import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ErrorInfo } from '../stores/error-info';
import { guidanceFor } from './error-guidance';
import { InlineCode } from './InlineCode';

interface ApiErrorAlertProps {
  error: ErrorInfo;
  /** What the user was doing, when the alert is shown away from the form that started it. */
  context?: string;
  /** Offer a retry button when the same request may succeed later (a missing token will not). */
  onRetry?: () => void;
  onClose?: () => void;
  /** Overrides the error code's generic heading and advice where the page knows better. */
  title?: string;
  action?: string;
}

/** What went wrong (the backend's own message) and what to do about it. */
export function ApiErrorAlert({
  error,
  context,
  onRetry,
  onClose,
  title,
  action,
}: ApiErrorAlertProps) {
  const generic = guidanceFor(error.code);
  const guidance = { title: title ?? generic.title, action: action ?? generic.action };
  return (
    <Alert
      color="red"
      variant="light"
      title={guidance.title}
      role="alert"
      data-testid="api-error"
      data-error-code={error.code}
      withCloseButton={onClose !== undefined}
      closeButtonLabel="Dismiss"
      onClose={onClose}
    >
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          <InlineCode text={context ? `${context}: ${error.message}` : error.message} />
        </Text>
        <Text size="sm">
          <InlineCode text={guidance.action} />
        </Text>
        {onRetry && error.code !== 'UNAUTHORIZED' && (
          <Group>
            <Button size="xs" variant="default" onClick={onRetry}>
              Try again
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
