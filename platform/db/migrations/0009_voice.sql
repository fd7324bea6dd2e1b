CREATE TABLE "voice_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider" text NOT NULL,
	"provider_call_id" text NOT NULL,
	"caller" text,
	"conversation_id" uuid,
	"state" jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "voice_calls_provider_idx" ON "voice_calls" USING btree ("provider","provider_call_id");
--> statement-breakpoint
CREATE INDEX "voice_calls_caller_idx" ON "voice_calls" USING btree ("caller","created_at");
--> statement-breakpoint
CREATE INDEX "voice_calls_status_idx" ON "voice_calls" USING btree ("status","created_at");
--> statement-breakpoint
CREATE TABLE "voice_callbacks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider" text NOT NULL,
	"provider_call_id" text NOT NULL,
	"phone" text,
	"conversation_id" uuid,
	"handoff_id" uuid,
	"recording_url" text,
	"summary" text NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"done_by" uuid,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "voice_callbacks_call_idx" ON "voice_callbacks" USING btree ("provider","provider_call_id");
--> statement-breakpoint
CREATE INDEX "voice_callbacks_open_idx" ON "voice_callbacks" USING btree ("status","due_at");
