CREATE TABLE `deal_registrations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer NOT NULL,
	`reference` text NOT NULL,
	`registered_on` text NOT NULL,
	`closed_on` text,
	`status` text NOT NULL,
	`value` real NOT NULL,
	`import_id` integer NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `deal_registrations_partner_idx` ON `deal_registrations` (`partner_id`,`registered_on`);--> statement-breakpoint
CREATE INDEX `deal_registrations_import_idx` ON `deal_registrations` (`import_id`);--> statement-breakpoint
CREATE TABLE `imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`content_hash` text,
	`rows_read` integer DEFAULT 0 NOT NULL,
	`rows_accepted` integer DEFAULT 0 NOT NULL,
	`rows_rejected` integer DEFAULT 0 NOT NULL,
	`mapping` text,
	`status` text DEFAULT 'committed' NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`note` text
);
--> statement-breakpoint
CREATE TABLE `measure_values` (
	`partner_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`measure_id` integer NOT NULL,
	`value` real NOT NULL,
	`import_id` integer NOT NULL,
	PRIMARY KEY(`partner_id`, `period_id`, `measure_id`),
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `measure_values_import_idx` ON `measure_values` (`import_id`);--> statement-breakpoint
CREATE INDEX `measure_values_measure_period_idx` ON `measure_values` (`measure_id`,`period_id`);--> statement-breakpoint
CREATE TABLE `measures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`unit` text DEFAULT 'count' NOT NULL,
	`aggregation` text DEFAULT 'sum' NOT NULL,
	`description` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measures_key_uq` ON `measures` (`key`);--> statement-breakpoint
CREATE TABLE `partners` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_id` text NOT NULL,
	`name` text NOT NULL,
	`type` text,
	`tier` text,
	`region` text,
	`country` text,
	`parent_id` integer,
	`account_manager` text,
	`status` text DEFAULT 'active' NOT NULL,
	`onboarded_on` text,
	`attributes` text DEFAULT '{}' NOT NULL,
	`import_id` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partners_external_id_uq` ON `partners` (`external_id`);--> statement-breakpoint
CREATE INDEX `partners_region_idx` ON `partners` (`region`);--> statement-breakpoint
CREATE INDEX `partners_type_idx` ON `partners` (`type`);--> statement-breakpoint
CREATE TABLE `periods` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`grain` text NOT NULL,
	`label` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`fiscal_year` integer NOT NULL,
	`fiscal_quarter` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `periods_key_uq` ON `periods` (`key`);--> statement-breakpoint
CREATE INDEX `periods_grain_start_idx` ON `periods` (`grain`,`start_date`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `targets` (
	`partner_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`measure_id` integer NOT NULL,
	`value` real NOT NULL,
	`import_id` integer NOT NULL,
	PRIMARY KEY(`partner_id`, `period_id`, `measure_id`),
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `targets_import_idx` ON `targets` (`import_id`);