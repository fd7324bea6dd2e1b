CREATE TABLE "canned_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL REFERENCES "staff_teams"("id") ON DELETE cascade,
	"title" text NOT NULL,
	"shortcut" text NOT NULL,
	"body" text NOT NULL,
	"updated_by" uuid REFERENCES "staff_users"("id") ON DELETE set null,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "canned_replies_team_shortcut_idx" ON "canned_replies" USING btree ("team_id", "shortcut");
--> statement-breakpoint
CREATE TABLE "branch_hours" (
	"branch" text PRIMARY KEY NOT NULL,
	"hours" text,
	"always_open" boolean DEFAULT false NOT NULL,
	"updated_by" uuid REFERENCES "staff_users"("id") ON DELETE set null,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
