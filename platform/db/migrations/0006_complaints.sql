ALTER TABLE "staff_users" ADD COLUMN "agency_id" text;
--> statement-breakpoint
CREATE TABLE "complaint_agencies" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"keywords" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"lookup_code" text NOT NULL,
	"client_id" text,
	"channel" text NOT NULL,
	"type" text NOT NULL,
	"intake_class" text,
	"complex" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"content" text NOT NULL,
	"place" text,
	"procedure_code" text,
	"conversation_id" uuid REFERENCES "conversations"("id") ON DELETE set null,
	"citizen_name" text,
	"citizen_phone" text,
	"citizen_email" text,
	"citizen_address" text,
	"consent_at" timestamp with time zone,
	"field" text,
	"agency_id" text REFERENCES "complaint_agencies"("id"),
	"department" text,
	"officer_id" uuid REFERENCES "staff_users"("id") ON DELETE set null,
	"proposal" jsonb,
	"proposal_confirmed" boolean DEFAULT false NOT NULL,
	"branch" text,
	"stage" text DEFAULT 'classify' NOT NULL,
	"stage_started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone,
	"remind_at" timestamp with time zone,
	"was_late" boolean DEFAULT false NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"rating" text,
	"rating_comment" text,
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"reason" text,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "complaints_type_check" CHECK ("type" IN ('phan_anh', 'khieu_nai', 'to_cao', 'gop_y')),
	CONSTRAINT "complaints_class_check" CHECK ("intake_class" IN ('not_accepted', 'conduct', 'within', 'outside')),
	CONSTRAINT "complaints_status_check" CHECK ("status" IN ('draft', 'received', 'classified', 'assigned', 'in_progress', 'answered', 'notified', 'rated', 'closed', 'withdrawn', 'rejected', 'transferred')),
	CONSTRAINT "complaints_stage_check" CHECK ("stage" IN ('classify', 'answer', 'rate', 'none')),
	CONSTRAINT "complaints_rating_check" CHECK ("rating" IN ('very_satisfied', 'satisfied', 'dissatisfied'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_code_idx" ON "complaints" USING btree ("code");
--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_client_idx" ON "complaints" USING btree ("client_id");
--> statement-breakpoint
CREATE INDEX "complaints_status_due_idx" ON "complaints" USING btree ("status", "due_at");
--> statement-breakpoint
CREATE INDEX "complaints_agency_idx" ON "complaints" USING btree ("agency_id", "status");
--> statement-breakpoint
CREATE INDEX "complaints_created_idx" ON "complaints" USING btree ("created_at");
--> statement-breakpoint
CREATE TABLE "complaint_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL REFERENCES "complaints"("id") ON DELETE cascade,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"note" text,
	"due_at" timestamp with time zone,
	"public" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE INDEX "complaint_events_complaint_idx" ON "complaint_events" USING btree ("complaint_id", "id");
--> statement-breakpoint
CREATE TABLE "complaint_alerts" (
	"complaint_id" uuid NOT NULL REFERENCES "complaints"("id") ON DELETE cascade,
	"kind" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("complaint_id", "kind", "due_at"),
	CONSTRAINT "complaint_alerts_kind_check" CHECK ("kind" IN ('remind', 'escalate'))
);
--> statement-breakpoint
CREATE TABLE "complaint_sequences" (
	"day" text PRIMARY KEY NOT NULL,
	"last" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "csat_surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"occasion" text NOT NULL,
	"conversation_id" uuid NOT NULL REFERENCES "conversations"("id") ON DELETE cascade,
	"trigger" text NOT NULL,
	"token" text NOT NULL,
	"agent_id" uuid,
	"agent_name" text,
	"status" text DEFAULT 'sent' NOT NULL,
	"level" text,
	"comment" text,
	"complaint_id" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "csat_surveys_trigger_check" CHECK ("trigger" IN ('agent_close', 'bot_end', 'quiet')),
	CONSTRAINT "csat_surveys_status_check" CHECK ("status" IN ('sent', 'answered', 'skipped')),
	CONSTRAINT "csat_surveys_level_check" CHECK ("level" IN ('very_satisfied', 'satisfied', 'dissatisfied'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "csat_surveys_occasion_idx" ON "csat_surveys" USING btree ("occasion");
--> statement-breakpoint
CREATE UNIQUE INDEX "csat_surveys_token_idx" ON "csat_surveys" USING btree ("token");
--> statement-breakpoint
CREATE INDEX "csat_surveys_conversation_idx" ON "csat_surveys" USING btree ("conversation_id");
