-- Immutability of what the scoring engine publishes, enforced by SQLite itself: a published
-- methodology version, a score snapshot, a changelog entry and an audit entry never change.
CREATE TRIGGER `methodology_versions_published_no_update`
BEFORE UPDATE ON `methodology_versions` WHEN OLD.`status` = 'published'
BEGIN SELECT RAISE(ABORT, 'A published methodology version cannot be changed; create a new draft.'); END;
--> statement-breakpoint
CREATE TRIGGER `methodology_versions_published_no_delete`
BEFORE DELETE ON `methodology_versions` WHEN OLD.`status` = 'published'
BEGIN SELECT RAISE(ABORT, 'A published methodology version cannot be deleted.'); END;
--> statement-breakpoint
CREATE TRIGGER `methodology_versions_no_published_insert`
BEFORE INSERT ON `methodology_versions` WHEN NEW.`status` = 'published'
BEGIN SELECT RAISE(ABORT, 'A methodology version is created as a draft and then published.'); END;
--> statement-breakpoint
CREATE TRIGGER `score_snapshots_no_update` BEFORE UPDATE ON `score_snapshots`
BEGIN SELECT RAISE(ABORT, 'A score snapshot cannot be changed.'); END;
--> statement-breakpoint
CREATE TRIGGER `score_snapshots_no_delete` BEFORE DELETE ON `score_snapshots`
BEGIN SELECT RAISE(ABORT, 'A score snapshot cannot be deleted.'); END;
--> statement-breakpoint
CREATE TRIGGER `methodology_changes_no_update` BEFORE UPDATE ON `methodology_changes`
BEGIN SELECT RAISE(ABORT, 'A changelog entry cannot be changed.'); END;
--> statement-breakpoint
CREATE TRIGGER `methodology_changes_no_delete` BEFORE DELETE ON `methodology_changes`
BEGIN SELECT RAISE(ABORT, 'A changelog entry cannot be deleted.'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;
