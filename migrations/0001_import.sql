CREATE TABLE `import_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`import_id` integer NOT NULL,
	`position` integer NOT NULL,
	`file_name` text NOT NULL,
	`content_hash` text NOT NULL,
	`bytes` integer NOT NULL,
	`kind` text NOT NULL,
	`rows_read` integer DEFAULT 0 NOT NULL,
	`rows_accepted` integer DEFAULT 0 NOT NULL,
	`rows_rejected` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `import_files_import_idx` ON `import_files` (`import_id`);--> statement-breakpoint
CREATE INDEX `import_files_hash_idx` ON `import_files` (`content_hash`);--> statement-breakpoint
CREATE TABLE `import_presets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`mapping` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_presets_name_uq` ON `import_presets` (`name`);--> statement-breakpoint
CREATE TABLE `import_superseded` (
	`import_id` integer NOT NULL,
	`target` text NOT NULL,
	`partner_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`measure_id` integer NOT NULL,
	`value` real NOT NULL,
	`previous_import_id` integer NOT NULL,
	PRIMARY KEY(`import_id`, `target`, `partner_id`, `period_id`, `measure_id`),
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `import_superseded_previous_idx` ON `import_superseded` (`previous_import_id`);--> statement-breakpoint
CREATE INDEX `import_superseded_partner_idx` ON `import_superseded` (`partner_id`);--> statement-breakpoint
CREATE TABLE `import_superseded_rows` (
	`import_id` integer NOT NULL,
	`table_name` text NOT NULL,
	`row_id` integer NOT NULL,
	`previous` text NOT NULL,
	PRIMARY KEY(`import_id`, `table_name`, `row_id`),
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `import_superseded_rows_row_idx` ON `import_superseded_rows` (`table_name`,`row_id`);--> statement-breakpoint
CREATE TABLE `value_lineage` (
	`import_id` integer NOT NULL,
	`file_id` integer NOT NULL,
	`target` text NOT NULL,
	`partner_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`measure_id` integer NOT NULL,
	`rule` text NOT NULL,
	`row_count` integer NOT NULL,
	`rows` text NOT NULL,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`file_id`) REFERENCES `import_files`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `value_lineage_cell_idx` ON `value_lineage` (`partner_id`,`period_id`,`measure_id`);--> statement-breakpoint
CREATE INDEX `value_lineage_import_idx` ON `value_lineage` (`import_id`);