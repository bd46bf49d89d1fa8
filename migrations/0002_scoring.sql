CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`action` text NOT NULL,
	`summary` text NOT NULL,
	`details` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `methodologies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`archived_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `methodologies_name_uq` ON `methodologies` (`name`);--> statement-breakpoint
CREATE TABLE `methodology_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`methodology_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	`version` integer NOT NULL,
	`summary` text NOT NULL,
	`changes` text NOT NULL,
	`author` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`methodology_id`) REFERENCES `methodologies`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`version_id`) REFERENCES `methodology_versions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `methodology_changes_methodology_idx` ON `methodology_changes` (`methodology_id`,`version`);--> statement-breakpoint
CREATE TABLE `methodology_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`methodology_id` integer NOT NULL,
	`version` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`definition` text NOT NULL,
	`definition_hash` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`based_on_version_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`published_at` text,
	FOREIGN KEY (`methodology_id`) REFERENCES `methodologies`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`based_on_version_id`) REFERENCES `methodology_versions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `methodology_versions_number_uq` ON `methodology_versions` (`methodology_id`,`version`);--> statement-breakpoint
CREATE INDEX `methodology_versions_status_idx` ON `methodology_versions` (`methodology_id`,`status`);--> statement-breakpoint
CREATE TABLE `score_snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`methodology_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	`period_key` text NOT NULL,
	`reason` text NOT NULL,
	`engine_version` text NOT NULL,
	`partner_count` integer NOT NULL,
	`input_meta` text NOT NULL,
	`input_partners` blob NOT NULL,
	`input_values` blob NOT NULL,
	`input_hash` text NOT NULL,
	`results` blob NOT NULL,
	`results_hash` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`methodology_id`) REFERENCES `methodologies`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`version_id`) REFERENCES `methodology_versions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `score_snapshots_version_idx` ON `score_snapshots` (`version_id`,`period_key`);--> statement-breakpoint
CREATE INDEX `score_snapshots_methodology_idx` ON `score_snapshots` (`methodology_id`,`created_at`);