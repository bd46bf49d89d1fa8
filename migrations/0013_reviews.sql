CREATE TABLE `program_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cadence` text NOT NULL,
	`cycle` text NOT NULL,
	`title` text NOT NULL,
	`held_on` text NOT NULL,
	`changes_json` text NOT NULL,
	`computed_at` text NOT NULL,
	`decisions` text DEFAULT '' NOT NULL,
	`lessons` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `program_reviews_cycle_uq` ON `program_reviews` (`cadence`,`cycle`);--> statement-breakpoint
CREATE INDEX `program_reviews_held_idx` ON `program_reviews` (`cadence`,`held_on`);