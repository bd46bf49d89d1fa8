CREATE TABLE `program_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`methodology_id` integer NOT NULL,
	`base_version` integer,
	`definition_json` text NOT NULL,
	`definition_hash` text NOT NULL,
	`sponsor` text NOT NULL,
	`proposed_by` text DEFAULT '' NOT NULL,
	`window_opens` text NOT NULL,
	`window_closes` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`rationale` text DEFAULT '' NOT NULL,
	`decided_by` text,
	`decided_at` text,
	`published_version_id` integer,
	`impact_json` text NOT NULL,
	`notice` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`methodology_id`) REFERENCES `methodologies`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`published_version_id`) REFERENCES `methodology_versions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `program_changes_status_idx` ON `program_changes` (`status`,`window_closes`);--> statement-breakpoint
CREATE INDEX `program_changes_methodology_idx` ON `program_changes` (`methodology_id`);--> statement-breakpoint
CREATE TABLE `program_decision_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`change_id` integer,
	`methodology_id` integer,
	`kind` text NOT NULL,
	`actor` text DEFAULT '' NOT NULL,
	`summary` text NOT NULL,
	`details_json` text,
	`at` text NOT NULL,
	FOREIGN KEY (`change_id`) REFERENCES `program_changes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`methodology_id`) REFERENCES `methodologies`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `program_decision_log_at_idx` ON `program_decision_log` (`at`);--> statement-breakpoint
CREATE INDEX `program_decision_log_change_idx` ON `program_decision_log` (`change_id`);--> statement-breakpoint
-- The decision log is append-only, enforced by SQLite itself.
CREATE TRIGGER `program_decision_log_no_update`
BEFORE UPDATE ON `program_decision_log`
BEGIN SELECT RAISE(ABORT, 'The decision log cannot be changed; append an entry instead.'); END;
--> statement-breakpoint
CREATE TRIGGER `program_decision_log_no_delete`
BEFORE DELETE ON `program_decision_log`
BEGIN SELECT RAISE(ABORT, 'Decision log entries cannot be deleted.'); END;
