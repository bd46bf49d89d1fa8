/**
 * A partner's risk flags, for the Partner page: each flag with its rule and plain explanation,
 * or a quiet line saying none fired. Mount with `<RiskFlags partner={externalId} period={key} />`.
 */
import { Alert, Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useApiQuery } from '../../hooks/use-api-query';
import { NO_SHRINK, SEVERITY_COLOR } from './severity';

export function RiskFlags({ partner, period }: { partner: string; period?: string | null }) {
  const query = useApiQuery('risks.list', { partner, ...(period ? { period } : {}) });
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby="risk-flags-title"
      data-testid="risk-flags"
    >
      <Group justify="space-between" align="baseline" mb={6}>
        <Title order={2} id="risk-flags-title">
          Risk flags
        </Title>
        <Anchor component={Link} to="/risks" size="xs">
          All risks
        </Anchor>
      </Group>
      {query.status === 'loading' && (
        <Text size="sm" c="dimmed">
          Checking the risk rules…
        </Text>
      )}
      {query.status === 'error' && (
        <ApiErrorAlert error={query.error} context="Risk flags" onRetry={query.reload} />
      )}
      {query.status === 'success' &&
        (query.data.flags.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="risk-flags-none">
            No risk rule fired for this partner in {query.data.period.label}.
          </Text>
        ) : (
          <Stack gap="xs">
            {query.data.flags.map((f) => (
              <Alert
                key={f.rule}
                color={SEVERITY_COLOR[f.severity]}
                variant="light"
                p="xs"
                title={
                  <Group gap={6}>
                    <Badge style={NO_SHRINK} size="xs" color={SEVERITY_COLOR[f.severity]}>
                      {f.severity}
                    </Badge>
                    {f.ruleName}
                  </Group>
                }
              >
                <Text size="sm">{f.explanation}</Text>
              </Alert>
            ))}
          </Stack>
        ))}
    </Paper>
  );
}
