CREATE TABLE "channel_inbound_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"provider_message_id" text NOT NULL,
	"channel" text NOT NULL,
	"address" text NOT NULL,
	"kind" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"conversation_id" uuid,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "channel_inbound_events_provider_idx" ON "channel_inbound_events" USING btree ("provider","provider_message_id");
--> statement-breakpoint
CREATE INDEX "channel_inbound_events_address_idx" ON "channel_inbound_events" USING btree ("channel","address","received_at");
--> statement-breakpoint
CREATE TABLE "channel_contacts" (
	"channel" text NOT NULL,
	"address" text NOT NULL,
	"provider" text NOT NULL,
	"conversation_id" uuid NOT NULL,
	"last_inbound_at" timestamp with time zone DEFAULT now() NOT NULL,
	"followed" boolean DEFAULT true NOT NULL,
	"fallback_phone" text,
	"sms_consent_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "channel_contacts_pk" PRIMARY KEY("channel","address")
);
--> statement-breakpoint
CREATE TABLE "channel_routes" (
	"conversation_id" uuid PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"provider" text NOT NULL,
	"address" text NOT NULL,
	"reference" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "channel_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dedupe_key" text NOT NULL,
	"conversation_id" uuid,
	"channel" text NOT NULL,
	"provider" text NOT NULL,
	"address" text NOT NULL,
	"message" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"parts_sent" integer DEFAULT 0 NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"provider_message_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"delivery_report" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "channel_outbox_dedupe_idx" ON "channel_outbox" USING btree ("dedupe_key");
--> statement-breakpoint
CREATE INDEX "channel_outbox_conversation_idx" ON "channel_outbox" USING btree ("conversation_id","id");
--> statement-breakpoint
CREATE INDEX "channel_outbox_provider_ids_idx" ON "channel_outbox" USING gin ("provider_message_ids");
--> statement-breakpoint
CREATE INDEX "channel_outbox_address_idx" ON "channel_outbox" USING btree ("channel","address","created_at");
--> statement-breakpoint
CREATE TABLE "channel_opt_outs" (
	"channel" text NOT NULL,
	"address" text NOT NULL,
	"keyword" text NOT NULL,
	"opted_out_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "channel_opt_outs_pk" PRIMARY KEY("channel","address")
);
--> statement-breakpoint
CREATE TABLE "channel_tokens" (
	"name" text PRIMARY KEY NOT NULL,
	"access_token" text NOT NULL,
	"refresh_token" text NOT NULL,
	"access_expires_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"last_error" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
