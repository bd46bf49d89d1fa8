import { Anchor, Notification } from '@mantine/core';
import { Link } from 'react-router';
import { useWhatIfStore } from './whatif-store';

/**
 * A notice in the page's flow under the toolbar (a scenario was published), with where to go
 * next: inline, it covers no chart or table.
 */
export function PageNotice() {
  const notice = useWhatIfStore((s) => s.notice);
  const setNotice = useWhatIfStore((s) => s.setNotice);
  if (!notice) return null;
  return (
    <Notification
      color="teal"
      title={notice.title}
      onClose={() => setNotice(null)}
      closeButtonProps={{ 'aria-label': 'Dismiss' }}
      role="status"
      data-testid="whatif-notice"
      mt="sm"
      withBorder
    >
      {notice.message}{' '}
      <Anchor component={Link} to={notice.link.to} size="sm" onClick={() => setNotice(null)}>
        {notice.link.label}
      </Anchor>
    </Notification>
  );
}
