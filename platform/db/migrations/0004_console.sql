CREATE TABLE "staff_teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"branch" text,
	"always_open" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "staff_teams_name_idx" ON "staff_teams" USING btree ("name");
--> statement-breakpoint
CREATE TABLE "staff_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"branch" text,
	"skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"max_chats" integer DEFAULT 3 NOT NULL,
	"presence" text DEFAULT 'offline' NOT NULL,
	"presence_at" timestamp with time zone DEFAULT now() NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_users_role_check" CHECK ("role" IN ('agent', 'supervisor', 'admin', 'agency_officer')),
	CONSTRAINT "staff_users_presence_check" CHECK ("presence" IN ('available', 'busy', 'break', 'offline'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "staff_users_email_idx" ON "staff_users" USING btree ("email");
--> statement-breakpoint
CREATE TABLE "staff_team_members" (
	"team_id" uuid NOT NULL REFERENCES "staff_teams"("id") ON DELETE cascade,
	"user_id" uuid NOT NULL REFERENCES "staff_users"("id") ON DELETE cascade,
	PRIMARY KEY ("team_id", "user_id")
);
--> statement-breakpoint
CREATE TABLE "staff_sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "staff_users"("id") ON DELETE cascade,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "staff_sessions_user_idx" ON "staff_sessions" USING btree ("user_id");
--> statement-breakpoint
CREATE TABLE "access_audit" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_id" uuid,
	"actor_email" text NOT NULL,
	"action" text NOT NULL,
	"subject" text NOT NULL,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "access_audit_at_idx" ON "access_audit" USING btree ("at");
--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "priority" integer DEFAULT 2 NOT NULL;
--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "skills" jsonb DEFAULT '[]'::jsonb NOT NULL;
--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "channel" text DEFAULT 'web' NOT NULL;
--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "team_id" uuid REFERENCES "staff_teams"("id") ON DELETE set null;
--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "branch" text;
--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "agent_id" uuid REFERENCES "staff_users"("id") ON DELETE set null;
--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "offer_expires_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "declined_by" jsonb DEFAULT '[]'::jsonb NOT NULL;
--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "assigned_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "first_response_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "closed_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "disposition" text;
--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "wrap_note" text;
--> statement-breakpoint
CREATE INDEX "handoffs_queue_idx" ON "handoffs" USING btree ("status", "priority", "created_at");
--> statement-breakpoint
CREATE INDEX "handoffs_conversation_idx" ON "handoffs" USING btree ("conversation_id", "created_at");
--> statement-breakpoint
CREATE INDEX "handoffs_agent_idx" ON "handoffs" USING btree ("agent_id", "status");
--> statement-breakpoint
CREATE TABLE "handoff_notes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"handoff_id" uuid NOT NULL REFERENCES "handoffs"("id") ON DELETE cascade,
	"author_id" uuid REFERENCES "staff_users"("id") ON DELETE set null,
	"author_name" text NOT NULL,
	"kind" text DEFAULT 'note' NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "handoff_notes_handoff_idx" ON "handoff_notes" USING btree ("handoff_id", "id");
--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "author" text;
--> statement-breakpoint
CREATE TABLE "bus_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
