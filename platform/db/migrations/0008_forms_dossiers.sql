CREATE TABLE "citizen_profiles" (
	"identity" text PRIMARY KEY NOT NULL,
	"data" jsonb NOT NULL,
	"consented_at" timestamp with time zone DEFAULT now() NOT NULL,
	"renewed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "citizen_profiles_renewed_idx" ON "citizen_profiles" USING btree ("renewed_at");
--> statement-breakpoint
CREATE TABLE "form_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"identity" text NOT NULL,
	"form_id" text NOT NULL,
	"pdf" bytea NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "form_files_identity_idx" ON "form_files" USING btree ("identity");
--> statement-breakpoint
CREATE INDEX "form_files_created_idx" ON "form_files" USING btree ("created_at");
--> statement-breakpoint
CREATE TABLE "citizen_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"identity" text NOT NULL,
	"file_id" uuid REFERENCES "form_files"("id") ON DELETE cascade,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "citizen_links_kind_check" CHECK ("kind" IN ('form_pdf', 'profile'))
);
--> statement-breakpoint
CREATE INDEX "citizen_links_expires_idx" ON "citizen_links" USING btree ("expires_at");
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"code" text PRIMARY KEY NOT NULL,
	"procedure_code" text,
	"procedure_name" text NOT NULL,
	"phone_last4" text NOT NULL,
	"status" text NOT NULL,
	"received_on" date NOT NULL,
	"due_on" date NOT NULL,
	"new_due_on" date,
	"late_reason" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossiers_status_check" CHECK ("status" IN ('received', 'processing', 'needs_supplement', 'ready', 'returned', 'rejected')),
	CONSTRAINT "dossiers_phone_last4_check" CHECK ("phone_last4" ~ '^[0-9]{4}$')
);
--> statement-breakpoint
CREATE INDEX "dossiers_updated_idx" ON "dossiers" USING btree ("updated_at");
--> statement-breakpoint
CREATE TABLE "dossier_watchers" (
	"dossier_code" text NOT NULL,
	"conversation_id" uuid NOT NULL,
	"phone_last4" text NOT NULL,
	"last_seen" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("dossier_code", "conversation_id")
);
--> statement-breakpoint
CREATE INDEX "dossier_watchers_created_idx" ON "dossier_watchers" USING btree ("created_at");
