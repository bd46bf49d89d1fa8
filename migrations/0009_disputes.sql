CREATE TABLE `corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dispute_id` integer,
	`partner_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`measure_id` integer NOT NULL,
	`original_value` real,
	`value` real NOT NULL,
	`reason` text NOT NULL,
	`requested_by` text NOT NULL,
	`requested_at` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`approved_by` text,
	`decided_at` text,
	`expires_on` text,
	`methodology_label` text,
	`score_before` real,
	`score_after` real,
	`tier_before` text,
	`tier_after` text,
	FOREIGN KEY (`dispute_id`) REFERENCES `disputes`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `corrections_cell_idx` ON `corrections` (`partner_id`,`period_id`,`measure_id`);--> statement-breakpoint
CREATE INDEX `corrections_status_idx` ON `corrections` (`status`);--> statement-breakpoint
CREATE INDEX `corrections_dispute_idx` ON `corrections` (`dispute_id`);--> statement-breakpoint
CREATE TABLE `disputes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer NOT NULL,
	`subject` text NOT NULL,
	`kpi_key` text,
	`period_key` text NOT NULL,
	`reason` text NOT NULL,
	`evidence` text DEFAULT '' NOT NULL,
	`raised_by` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`resolution` text DEFAULT '' NOT NULL,
	`opened_at` text NOT NULL,
	`review_started_at` text,
	`resolved_at` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `disputes_status_idx` ON `disputes` (`status`,`opened_at`);--> statement-breakpoint
CREATE INDEX `disputes_partner_idx` ON `disputes` (`partner_id`);