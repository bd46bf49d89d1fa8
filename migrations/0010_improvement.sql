CREATE TABLE `improvement_dismissals` (
	`suggestion_key` text PRIMARY KEY NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`dismissed_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `improvement_issues` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer,
	`cohort` text,
	`title` text NOT NULL,
	`found_on` text NOT NULL,
	`kpi_key` text,
	`period_key` text,
	`value` real,
	`peer_value` real,
	`target_value` real,
	`evidence` text DEFAULT '' NOT NULL,
	`root_cause` text DEFAULT 'other' NOT NULL,
	`analysis` text DEFAULT '' NOT NULL,
	`impact_revenue` real,
	`impact_score` real,
	`severity` text DEFAULT 'medium' NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`suggestion_key` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `improvement_issues_partner_idx` ON `improvement_issues` (`partner_id`);--> statement-breakpoint
CREATE INDEX `improvement_issues_status_idx` ON `improvement_issues` (`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `improvement_issues_suggestion_uq` ON `improvement_issues` (`suggestion_key`);--> statement-breakpoint
ALTER TABLE `qbr_actions` ADD `issue_id` integer REFERENCES improvement_issues(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `qbr_actions` ADD `baseline_value` real;--> statement-breakpoint
ALTER TABLE `qbr_actions` ADD `baseline_period` text;--> statement-breakpoint
ALTER TABLE `qbr_actions` ADD `baseline_date` text;--> statement-breakpoint
ALTER TABLE `qbr_actions` ADD `target_value` real;--> statement-breakpoint
ALTER TABLE `qbr_actions` ADD `resources` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `qbr_actions` ADD `contingency` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `qbr_actions` ADD `horizon` text;--> statement-breakpoint
CREATE INDEX `qbr_actions_issue_idx` ON `qbr_actions` (`issue_id`);