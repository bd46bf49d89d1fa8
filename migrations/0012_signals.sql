CREATE TABLE `partner_signals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`import_id` integer NOT NULL,
	`partner_id` integer NOT NULL,
	`kind` text NOT NULL,
	`period_key` text NOT NULL,
	`on_date` text,
	`who` text DEFAULT '' NOT NULL,
	`csat` real,
	`csat_scale` integer,
	`nps` integer,
	`text` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`import_id`) REFERENCES `signal_imports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `partner_signals_partner_idx` ON `partner_signals` (`partner_id`,`period_key`);--> statement-breakpoint
CREATE INDEX `partner_signals_period_idx` ON `partner_signals` (`period_key`,`kind`);--> statement-breakpoint
CREATE INDEX `partner_signals_import_idx` ON `partner_signals` (`import_id`);--> statement-breakpoint
CREATE TABLE `signal_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`rows` integer NOT NULL,
	`imported_at` text NOT NULL
);
