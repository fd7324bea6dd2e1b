CREATE TABLE "appointment_branches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'branch' NOT NULL,
	"address" text NOT NULL,
	"district" text NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"hours" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_branches_kind_check" CHECK ("kind" IN ('branch', 'reception_point'))
);
--> statement-breakpoint
CREATE TABLE "appointment_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"procedure_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"field" text,
	"slot_minutes" integer DEFAULT 15 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_services_slot_check" CHECK ("slot_minutes" BETWEEN 5 AND 240)
);
--> statement-breakpoint
CREATE TABLE "appointment_counters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"branch_id" uuid NOT NULL REFERENCES "appointment_branches"("id") ON DELETE cascade,
	"name" text NOT NULL,
	"capacity" integer DEFAULT 1 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_counters_capacity_check" CHECK ("capacity" BETWEEN 1 AND 100)
);
--> statement-breakpoint
CREATE INDEX "appointment_counters_branch_idx" ON "appointment_counters" USING btree ("branch_id");
--> statement-breakpoint
CREATE TABLE "appointment_counter_services" (
	"counter_id" uuid NOT NULL REFERENCES "appointment_counters"("id") ON DELETE cascade,
	"service_id" uuid NOT NULL REFERENCES "appointment_services"("id") ON DELETE cascade,
	CONSTRAINT "appointment_counter_services_pk" PRIMARY KEY("counter_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "appointment_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"branch_id" uuid NOT NULL REFERENCES "appointment_branches"("id"),
	"counter_id" uuid NOT NULL REFERENCES "appointment_counters"("id"),
	"service_id" uuid NOT NULL REFERENCES "appointment_services"("id"),
	"procedure_code" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"seat" integer NOT NULL,
	"priority_group" text,
	"status" text DEFAULT 'confirmed' NOT NULL,
	"citizen_name" text NOT NULL,
	"phone" text NOT NULL,
	"phone_last4" text NOT NULL,
	"channel" text DEFAULT 'web' NOT NULL,
	"conversation_id" uuid,
	"idempotency_key" text NOT NULL,
	"form_document_id" text,
	"queue_number" text,
	"booked_by" uuid,
	"checked_in_at" timestamp with time zone,
	"called_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_bookings_status_check" CHECK ("status" IN ('confirmed', 'checked_in', 'served', 'cancelled', 'no_show')),
	CONSTRAINT "appointment_bookings_time_check" CHECK ("ends_at" > "starts_at")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_bookings_code_idx" ON "appointment_bookings" USING btree ("code");
--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_bookings_idempotency_idx" ON "appointment_bookings" USING btree ("idempotency_key") WHERE status in ('confirmed', 'checked_in');
--> statement-breakpoint
CREATE INDEX "appointment_bookings_slot_idx" ON "appointment_bookings" USING btree ("branch_id","starts_at");
--> statement-breakpoint
CREATE INDEX "appointment_bookings_queue_idx" ON "appointment_bookings" USING btree ("branch_id","status","checked_in_at");
--> statement-breakpoint
CREATE TABLE "appointment_seat_holds" (
	"counter_id" uuid NOT NULL REFERENCES "appointment_counters"("id") ON DELETE cascade,
	"starts_at" timestamp with time zone NOT NULL,
	"seat" integer NOT NULL,
	"booking_id" uuid NOT NULL REFERENCES "appointment_bookings"("id") ON DELETE cascade,
	CONSTRAINT "appointment_seat_holds_pk" PRIMARY KEY("counter_id","starts_at","seat")
);
--> statement-breakpoint
CREATE INDEX "appointment_seat_holds_booking_idx" ON "appointment_seat_holds" USING btree ("booking_id");
--> statement-breakpoint
CREATE TABLE "appointment_queue_counters" (
	"branch_id" uuid NOT NULL REFERENCES "appointment_branches"("id") ON DELETE cascade,
	"day" text NOT NULL,
	"lane" text NOT NULL,
	"last" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "appointment_queue_counters_pk" PRIMARY KEY("branch_id","day","lane"),
	CONSTRAINT "appointment_queue_counters_lane_check" CHECK ("lane" IN ('priority', 'regular'))
);
