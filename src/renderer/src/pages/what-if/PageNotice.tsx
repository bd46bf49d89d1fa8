import { Anchor, Notification } from '@mantine/core';
import { Link } from 'react-router';
import { useWhatIfStore } from './whatif-store';

/** A notice over the page's corner (a scenario was published), with where to go next. */
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
      style={{ position: 'fixed', right: 20, bottom: 20, zIndex: 300, maxWidth: 420 }}
      withBorder
    >
      {notice.message}{' '}
      <Anchor component={Link} to={notice.link.to} size="sm" onClick={() => setNotice(null)}>
        {notice.link.label}
      </Anchor>
    </Notification>
  );
}
