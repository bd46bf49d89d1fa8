CREATE TABLE `scenarios` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`methodology_id` integer NOT NULL,
	`base_version` integer,
	`definition_json` text NOT NULL,
	`scope_json` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`published_version` integer,
	FOREIGN KEY (`methodology_id`) REFERENCES `methodologies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scenarios_name_uq` ON `scenarios` (`name`);--> statement-breakpoint
CREATE INDEX `scenarios_methodology_idx` ON `scenarios` (`methodology_id`);