CREATE TABLE `mdf_allocations` (
	`plan_id` integer NOT NULL,
	`partner_id` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`locked` integer DEFAULT false NOT NULL,
	`criterion` real NOT NULL,
	PRIMARY KEY(`plan_id`, `partner_id`),
	FOREIGN KEY (`plan_id`) REFERENCES `mdf_plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mdf_allocations_partner_idx` ON `mdf_allocations` (`partner_id`);--> statement-breakpoint
CREATE TABLE `mdf_claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`partner_id` integer NOT NULL,
	`reference` text NOT NULL,
	`activity` text DEFAULT '' NOT NULL,
	`amount_cents` integer NOT NULL,
	`status` text NOT NULL,
	`proof_ref` text,
	`pipeline_sourced_cents` integer DEFAULT 0 NOT NULL,
	`revenue_attributed_cents` integer DEFAULT 0 NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`updated_on` text NOT NULL,
	`history_json` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `mdf_plans`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mdf_claims_reference_uq` ON `mdf_claims` (`reference`);--> statement-breakpoint
CREATE INDEX `mdf_claims_plan_partner_idx` ON `mdf_claims` (`plan_id`,`partner_id`);--> statement-breakpoint
CREATE INDEX `mdf_claims_status_idx` ON `mdf_claims` (`status`);--> statement-breakpoint
CREATE TABLE `mdf_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`period_key` text NOT NULL,
	`scope_json` text NOT NULL,
	`rules_json` text NOT NULL,
	`budget_cents` integer NOT NULL,
	`locks_json` text DEFAULT '[]' NOT NULL,
	`allocated_cents` integer NOT NULL,
	`proposal_json` text NOT NULL,
	`expires_on` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mdf_plans_name_uq` ON `mdf_plans` (`name`);--> statement-breakpoint
CREATE INDEX `mdf_plans_period_idx` ON `mdf_plans` (`period_key`);