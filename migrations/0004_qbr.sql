CREATE TABLE `qbr_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer NOT NULL,
	`review_id` integer,
	`period_key` text,
	`title` text NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`due_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	`success_criterion` text DEFAULT '' NOT NULL,
	`kpi_key` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`completed_at` text,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`review_id`) REFERENCES `qbr_reviews`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `qbr_actions_partner_idx` ON `qbr_actions` (`partner_id`,`status`);--> statement-breakpoint
CREATE INDEX `qbr_actions_status_due_idx` ON `qbr_actions` (`status`,`due_date`);--> statement-breakpoint
CREATE TABLE `qbr_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer NOT NULL,
	`period_key` text NOT NULL,
	`meeting_date` text,
	`agenda` text DEFAULT '[]' NOT NULL,
	`highlights` text DEFAULT '[]' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `qbr_reviews_partner_period_uq` ON `qbr_reviews` (`partner_id`,`period_key`);