import type { Fee, Duration, LegalBasis, SubmissionMethod } from '../knowledge/index.ts';

/** What every channel sends in, whatever its transport. */
export interface Turn {
  conversationId: string;
  channel: 'web' | 'zalo' | 'sms' | 'voice' | 'agents' | 'cli' | 'eval';
  text: string;
  /** Set by channels that retry (web): the same id is answered once and the stored reply returned. */
  clientMessageId?: string | undefined;
  /** Channel-specific switch for plain-language mode (e.g. the web large-text toggle, voice). */
  elderly?: boolean | undefined;
  citizen?: { id?: string; name?: string; phone?: string; elderly?: boolean } | undefined;
}

export type ReplyKind = 'answer' | 'clarify' | 'handoff' | 'out_of_scope' | 'smalltalk';

export type Aspect = 'documents' | 'fee' | 'duration' | 'where' | 'steps' | 'conditions' | 'forms' | 'result' | 'overview';

export interface Choice {
  /** 1-based number the citizen can type, press or say. */
  n: number;
  label: string;
  /** Opaque value the assistant understands when the choice is picked (e.g. a procedure code). */
  value: string;
}

export interface Citation {
  code: string;
  name: string;
  url: string | null;
  legalBasis: LegalBasis[];
}

export interface ReplySections {
  documents?: { case: string | null; items: { name: string; /** Short checklist name; the full official `name` is shown on request. */ label?: string; originals: number | null; copies: number | null; quantityText: string; forms: string[] }[] }[];
  fees?: { method: SubmissionMethod; fees: Fee[] }[];
  durations?: { method: SubmissionMethod; duration: Duration }[];
  where?: { agency: string | null; address: string | null; levels: string; methods: SubmissionMethod[] };
  expectedDate?: { method: SubmissionMethod; submittedOn: string; resultOn: string };
}

export type ReplyAction =
  | { type: 'handoff'; handoffId: string; reason: HandoffReason }
  | { type: 'send_checklist'; channels: ('sms' | 'zalo')[]; procedureCode: string }
  | { type: 'book_appointment'; procedureCode: string | null }
  | { type: 'prefill_form'; procedureCode: string; forms: string[] }
  | { type: 'complaint' }
  | { type: 'dossier_status' }
  /** What a finished task produced: a ticket or booking code, a download link. */
  | { type: 'task_result'; task: string; code: string; url?: string | null };

export type HandoffReason = 'asked_for_human' | 'low_confidence' | 'repeated_question' | 'complaint' | 'frustration' | 'legal_advice';

/** The structured reply; channels render it and never decide content. */
export interface Reply {
  kind: ReplyKind;
  intent: string;
  aspect: Aspect | null;
  text: string;
  /** Short sentences for voice: no URLs, symbols or tables. */
  speech: string;
  /** Compact SMS text, and the same without diacritics (GSM-7, cheaper). */
  sms: { text: string; ascii: string };
  choices: Choice[];
  citations: Citation[];
  sections: ReplySections;
  actions: ReplyAction[];
  /** 0..1: how sure the assistant is that it answered the right procedure. */
  confidence: number;
}
