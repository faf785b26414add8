// The SQLite schema as numbered migrations. Never edit an applied migration: add the next number.
// Instants are INTEGER unix seconds (UTC), local dates TEXT "YYYY-MM-DD", booleans 0/1, JSON TEXT.
#include "store/sqlite/sqlite_dialect.hpp"

namespace motcua::store::sqlite {

const std::vector<sql::Migration>& migrations() {
  static const std::vector<sql::Migration> list{
      {1, "initial schema", R"sql(
CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  parent_id INTEGER REFERENCES units (id),
  kind TEXT NOT NULL,
  receives_for_province INTEGER NOT NULL DEFAULT 0,
  address TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT ''
);
CREATE INDEX units_parent ON units (parent_id);

CREATE TABLE sectors (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL
);

CREATE TABLE procedures (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  current_version_id INTEGER
);
CREATE UNIQUE INDEX procedures_current_version ON procedures (current_version_id);

CREATE TABLE procedure_versions (
  id INTEGER PRIMARY KEY,
  procedure_id INTEGER NOT NULL REFERENCES procedures (id),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  sector_code TEXT NOT NULL,
  sector_name TEXT NOT NULL,
  agency_code TEXT NOT NULL,
  agency_name TEXT NOT NULL,
  level TEXT NOT NULL,
  audience TEXT NOT NULL,
  duration INTEGER NOT NULL,
  effective_from TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX procedure_versions_procedure ON procedure_versions (procedure_id);
CREATE INDEX procedure_versions_sector ON procedure_versions (sector_code, name_key);
CREATE INDEX procedure_versions_agency ON procedure_versions (agency_code, name_key);
CREATE INDEX procedure_versions_name ON procedure_versions (name_key);
CREATE INDEX procedure_versions_duration ON procedure_versions (duration, name_key);

-- Search index of current versions only, kept by the trigger below; rowid = procedures.id.
CREATE VIRTUAL TABLE procedure_fts USING fts5 (name, code, tokenize = 'vn');
CREATE TRIGGER procedures_fts_current AFTER UPDATE OF current_version_id ON procedures
BEGIN
  DELETE FROM procedure_fts WHERE rowid = new.id;
  INSERT INTO procedure_fts (rowid, name, code)
    SELECT new.id, v.name, v.code FROM procedure_versions v WHERE v.id = new.current_version_id;
END;

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  full_name TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT NOT NULL,
  citizen_id TEXT NOT NULL,
  address TEXT NOT NULL,
  unit_id INTEGER REFERENCES units (id),
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER,
  active INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL
);
CREATE INDEX users_unit ON users (unit_id);

CREATE TABLE user_roles (
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (user_id, role)
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE dossiers (
  id INTEGER PRIMARY KEY,
  code TEXT UNIQUE,
  procedure_version_id INTEGER NOT NULL REFERENCES procedure_versions (id),
  procedure_code TEXT NOT NULL,
  procedure_name TEXT NOT NULL,
  owner_id INTEGER NOT NULL REFERENCES users (id),
  applicant_name TEXT NOT NULL,
  receiving_unit_id INTEGER NOT NULL REFERENCES units (id),
  competent_unit_id INTEGER NOT NULL REFERENCES units (id),
  assignee_id INTEGER REFERENCES users (id),
  channel INTEGER NOT NULL,
  status INTEGER NOT NULL,
  resume_status INTEGER,
  apologized INTEGER NOT NULL DEFAULT 0,
  received_at INTEGER,
  due_at INTEGER,
  paused_at INTEGER,
  remaining_minutes INTEGER NOT NULL DEFAULT 0,
  form_json TEXT NOT NULL,
  submitted_at INTEGER,
  returned_at INTEGER,
  return_method TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX dossiers_owner ON dossiers (owner_id, id);
CREATE INDEX dossiers_receiving ON dossiers (receiving_unit_id, status);
CREATE INDEX dossiers_competent ON dossiers (competent_unit_id, status);
CREATE INDEX dossiers_assignee ON dossiers (assignee_id);
CREATE INDEX dossiers_status ON dossiers (status);

-- Append-only: the triggers refuse edits, so the hash chain is the only history there is.
CREATE TABLE dossier_events (
  dossier_id INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  from_status INTEGER NOT NULL,
  to_status INTEGER NOT NULL,
  comment TEXT NOT NULL,
  payload TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (dossier_id, seq)
);
CREATE TRIGGER dossier_events_no_update BEFORE UPDATE ON dossier_events
BEGIN SELECT RAISE(ABORT, 'dossier_events is append-only'); END;
CREATE TRIGGER dossier_events_no_delete BEFORE DELETE ON dossier_events
BEGIN SELECT RAISE(ABORT, 'dossier_events is append-only'); END;

CREATE TABLE dossier_counters (
  unit_id INTEGER NOT NULL REFERENCES units (id),
  day_key INTEGER NOT NULL,
  value INTEGER NOT NULL,
  PRIMARY KEY (unit_id, day_key)
);

CREATE TABLE files (
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL,
  component_id TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  content_type TEXT NOT NULL,
  original_name TEXT NOT NULL,
  uploaded_by INTEGER NOT NULL,
  purpose TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX files_dossier ON files (dossier_id);
CREATE INDEX files_sha256 ON files (sha256);

CREATE TABLE calendar_days (
  date TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL
);

CREATE TABLE settings (
  key TEXT NOT NULL,
  effective_from INTEGER NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (key, effective_from)
);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  detail TEXT NOT NULL,
  ip TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_actor ON audit_log (actor, at);
)sql"},
      // the two-tier administrative-unit catalog (Resolution 202/2025/QH15) for addresses.
      {2, "administrative units", R"sql(
CREATE TABLE admin_units (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  parent_code TEXT REFERENCES admin_units (code),
  position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX admin_units_parent ON admin_units (parent_code, position);
)sql"},
      // one PNG thumbnail per uploaded image, both stored by SHA-256 in the FileStore.
      {3, "file thumbnails", R"sql(
CREATE TABLE file_thumbnails (
  sha256 TEXT PRIMARY KEY,
  thumbnail_sha256 TEXT NOT NULL
);
)sql"},
      // messages between applicant and agency (requirements P5), in-portal notifications
      // (P13), printouts kept exactly as issued (form 01 at reception), and the index the
      // completion forecast reads finished dossiers of one procedure by.
      {4, "tracking", R"sql(
CREATE TABLE dossier_messages (
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL,
  side TEXT NOT NULL,
  author_id INTEGER NOT NULL REFERENCES users (id),
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX dossier_messages_dossier ON dossier_messages (dossier_id, id);

CREATE TABLE notifications (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  dossier_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  action TEXT NOT NULL,
  status INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  read_at INTEGER
);
CREATE INDEX notifications_user ON notifications (user_id, id);
CREATE INDEX notifications_unread ON notifications (user_id, read_at);

CREATE TABLE dossier_printouts (
  dossier_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (dossier_id, kind)
);

CREATE INDEX dossiers_procedure_status ON dossiers (procedure_code, status);
)sql"},
      // profile contacts on the user (requirements P20, prefill of P6): the business's
      // tax code, the address's province and commune from the catalog of migration 2 beside the
      // street line kept in `address`, and the preferred notification channel.
      {5, "profile contacts", R"sql(
ALTER TABLE users ADD COLUMN tax_code TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN province_code TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN commune_code TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN notify_channel TEXT NOT NULL DEFAULT 'portal';
CREATE INDEX dossiers_owner_status ON dossiers (owner_id, status, updated_at);
-- A draft is the applicant's own scratch, not yet a record: it has no code and no agency has seen
-- it, so the applicant may discard it with its "create" event. Submitted dossiers keep their log
-- append-only.
DROP TRIGGER dossier_events_no_delete;
CREATE TRIGGER dossier_events_no_delete BEFORE DELETE ON dossier_events
WHEN (SELECT status FROM dossiers WHERE id = old.dossier_id) IS NOT 0
BEGIN SELECT RAISE(ABORT, 'dossier_events is append-only'); END;
)sql"},
      // Access statistics (requirements P22): views per local day and page route, nothing personal.
      {6, "page views", R"sql(
CREATE TABLE page_views (
  day TEXT NOT NULL,
  page TEXT NOT NULL,
  views INTEGER NOT NULL,
  PRIMARY KEY (day, page)
);
)sql"},
      // failed sign-ins per user name and client address, so one address that fails
      // locks that name for itself only; every server process sees the same counts.
      {7, "login failures", R"sql(
CREATE TABLE login_failures (
  username TEXT NOT NULL,
  address TEXT NOT NULL,
  failures INTEGER NOT NULL,
  last_failed_at INTEGER NOT NULL,
  locked_until INTEGER,
  PRIMARY KEY (username, address)
);
CREATE INDEX login_failures_last_failed ON login_failures (last_failed_at);
)sql"},
      // Requirements §8 passwords: age, a forced change after an administrator set the password,
      // the last hashes that may not be reused, and single-use reset links (only hashes stored).
      {8, "password policy", R"sql(
ALTER TABLE users ADD COLUMN password_changed_at INTEGER;
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
CREATE INDEX users_email ON users (email);

CREATE TABLE password_history (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  password_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX password_history_user ON password_history (user_id, id);

CREATE TABLE password_resets (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX password_resets_user ON password_resets (user_id);
)sql"},
      // Requirements §8 two-factor login (RFC 6238): the secret and the last step used per user,
      // one-time recovery codes (hashes only), and sessions that still owe the second factor.
      {9, "two-factor login", R"sql(
ALTER TABLE users ADD COLUMN totp_secret TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN totp_enabled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN totp_last_step INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN two_factor_required INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN second_factor_pending INTEGER NOT NULL DEFAULT 0;

CREATE TABLE recovery_codes (
  user_id INTEGER NOT NULL REFERENCES users (id),
  code_hash TEXT NOT NULL,
  PRIMARY KEY (user_id, code_hash)
);
)sql"},
      // API.md: a received dossier is sent back for more papers once only. Dossiers already sent
      // back after reception (from status 2 or 4) have used their one request.
      {10, "supplement once", R"sql(
ALTER TABLE dossiers ADD COLUMN supplemented INTEGER NOT NULL DEFAULT 0;
UPDATE dossiers SET supplemented = 1 WHERE id IN (
  SELECT dossier_id FROM dossier_events
  WHERE action = 'request-supplement' AND from_status IN (2, 4));
)sql"},
      // Counter and postal intake record the applicant's identity and contact on the dossier;
      // online dossiers copy them from the profile at filing. Officials search by the ID number.
      {11, "applicant contact", R"sql(
ALTER TABLE dossiers ADD COLUMN applicant_id_number TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN applicant_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN applicant_email TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN applicant_address TEXT NOT NULL DEFAULT '';
CREATE INDEX dossiers_applicant_id_number ON dossiers (applicant_id_number);
)sql"},
      // The workflow a dossier follows, copied from its procedure version at reception, with each
      // step's unit, role, budget and clock. Queues find the dossiers whose step a unit holds.
      {12, "dossier steps", R"sql(
CREATE TABLE dossier_steps (
  dossier_id INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  name TEXT NOT NULL,
  unit_code TEXT NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES units (id),
  role TEXT NOT NULL,
  budget INTEGER NOT NULL,
  budget_unit TEXT NOT NULL,
  after_steps TEXT NOT NULL,
  assignee_id INTEGER REFERENCES users (id),
  status TEXT NOT NULL,
  started_at INTEGER,
  due_at INTEGER,
  done_at INTEGER,
  PRIMARY KEY (dossier_id, seq)
);
CREATE INDEX dossier_steps_unit ON dossier_steps (unit_id, status);
)sql"},
      // What a unit signed (results, forms): the public verification page finds it by its id and
      // an uploaded copy by its hash. A corrected result is a new row naming the one it replaces.
      {13, "signed documents", R"sql(
CREATE TABLE signed_documents (
  id TEXT PRIMARY KEY,
  dossier_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES units (id),
  signed_by TEXT NOT NULL,
  signer_user_id INTEGER REFERENCES users (id),
  signed_at INTEGER NOT NULL,
  replaces TEXT REFERENCES signed_documents (id)
);
CREATE INDEX signed_documents_sha256 ON signed_documents (sha256);
CREATE INDEX signed_documents_dossier ON signed_documents (dossier_id);
)sql"},
      // Deadline reminders sent to officials: one per dossier (or step) and kind, claimed by an
      // insert that only one node's run can win.
      {14, "deadline reminders", R"sql(
CREATE TABLE deadline_reminders (
  dossier_id INTEGER NOT NULL,
  subject TEXT NOT NULL,
  kind TEXT NOT NULL,
  sent_at INTEGER NOT NULL,
  PRIMARY KEY (dossier_id, subject, kind)
);
CREATE INDEX dossier_steps_due ON dossier_steps (status, due_at);
CREATE INDEX dossiers_status_due ON dossiers (status, due_at);
)sql"},
      // The dossier actions a step's holder may take (papers, apology, stop…), kept with the step
      // as its workflow defined them; an empty list leaves them to the role.
      {15, "step actions", R"sql(
ALTER TABLE dossier_steps ADD COLUMN actions TEXT NOT NULL DEFAULT '[]';
)sql"},
      // The national connections. A message to another system is written to the outbox in the
      // transaction of the event that causes it; the delivery worker sends it until it is
      // acknowledged, in order within its stream. Times in these tables are unix milliseconds:
      // retries and delivery delays are measured below the second.
      {16, "integrations", R"sql(
CREATE TABLE outbox_messages (
  id INTEGER PRIMARY KEY,
  system TEXT NOT NULL,
  kind TEXT NOT NULL,
  idempotency_key TEXT NOT NULL UNIQUE,
  stream TEXT NOT NULL,
  dossier_id INTEGER REFERENCES dossiers (id),
  body TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_ms INTEGER NOT NULL,
  created_ms INTEGER NOT NULL,
  delivered_ms INTEGER,
  last_error TEXT NOT NULL DEFAULT '',
  answer TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_due ON outbox_messages (state, next_attempt_ms);
CREATE INDEX outbox_stream ON outbox_messages (stream, id);
CREATE INDEX outbox_dossier ON outbox_messages (dossier_id);

CREATE TABLE integration_log (
  id INTEGER PRIMARY KEY,
  message_id INTEGER REFERENCES outbox_messages (id),
  direction TEXT NOT NULL,
  system TEXT NOT NULL,
  kind TEXT NOT NULL,
  message_key TEXT NOT NULL,
  dossier_id INTEGER REFERENCES dossiers (id),
  request TEXT NOT NULL,
  status INTEGER NOT NULL,
  answer TEXT NOT NULL,
  at_ms INTEGER NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX integration_log_dossier ON integration_log (dossier_id, id);
CREATE INDEX integration_log_system ON integration_log (system, id);
CREATE TABLE integration_log_head (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL
);
INSERT INTO integration_log_head (id, hash) VALUES (1, '');

CREATE TABLE inbox_messages (
  message_key TEXT PRIMARY KEY,
  system TEXT NOT NULL,
  kind TEXT NOT NULL,
  received_ms INTEGER NOT NULL
);

CREATE TABLE integration_cursors (
  name TEXT PRIMARY KEY,
  position TEXT NOT NULL
);

CREATE TABLE payments (
  id INTEGER PRIMARY KEY,
  payment_id TEXT NOT NULL UNIQUE,
  dossier_id INTEGER NOT NULL,
  request_seq INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  state TEXT NOT NULL,
  transaction_id TEXT NOT NULL DEFAULT '',
  receipt_number TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  paid_at INTEGER,
  refunded_at INTEGER,
  UNIQUE (dossier_id, request_seq)
);
CREATE INDEX payments_state ON payments (state, created_at);

CREATE TABLE postal_orders (
  order_number TEXT PRIMARY KEY,
  dossier_id INTEGER NOT NULL,
  service TEXT NOT NULL,
  item_code TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  status_seq INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX postal_orders_dossier ON postal_orders (dossier_id);
CREATE INDEX postal_orders_item ON postal_orders (item_code);

CREATE TABLE oidc_logins (
  state TEXT PRIMARY KEY,
  nonce TEXT NOT NULL,
  verifier TEXT NOT NULL,
  return_to TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
ALTER TABLE users ADD COLUMN identity_subject TEXT;
ALTER TABLE users ADD COLUMN verified_fields TEXT NOT NULL DEFAULT '[]';
CREATE UNIQUE INDEX users_identity_subject ON users (identity_subject);
)sql"},
      {17, "ratings", R"sql(
CREATE TABLE dossier_ratings (
  dossier_id INTEGER PRIMARY KEY REFERENCES dossiers (id),
  channel TEXT NOT NULL,
  scores TEXT NOT NULL,
  satisfaction INTEGER NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  rated_by TEXT NOT NULL DEFAULT '',
  rated_at INTEGER NOT NULL
);
CREATE INDEX dossier_ratings_at ON dossier_ratings (rated_at);
)sql"},
      {18, "feedback", R"sql(
CREATE TABLE feedback (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  procedure_code TEXT NOT NULL DEFAULT '',
  dossier_code TEXT NOT NULL DEFAULT '',
  contact TEXT NOT NULL DEFAULT '',
  author_id INTEGER REFERENCES users (id),
  consent_to_publish INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL,
  assignee TEXT NOT NULL DEFAULT '',
  answer TEXT NOT NULL DEFAULT '',
  answered_by TEXT NOT NULL DEFAULT '',
  answered_at INTEGER,
  published INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  due_at INTEGER NOT NULL
);
CREATE INDEX feedback_status ON feedback (status, created_at);
CREATE INDEX feedback_published ON feedback (published, answered_at);
)sql"},
      {19, "national catalog", R"sql(
CREATE TABLE national_procedures (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  sectors TEXT NOT NULL,
  agencies TEXT NOT NULL,
  durations TEXT NOT NULL,
  fees TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  fetched_at INTEGER NOT NULL,
  changed_at INTEGER NOT NULL
);
CREATE TABLE national_catalog_syncs (
  id INTEGER PRIMARY KEY,
  synced_at INTEGER NOT NULL,
  procedures INTEGER NOT NULL,
  changed INTEGER NOT NULL,
  removed INTEGER NOT NULL,
  rejected INTEGER NOT NULL
);
)sql"},
      {20, "declaration_signatures", R"sql(
CREATE TABLE declaration_signatures (
  dossier_id INTEGER PRIMARY KEY REFERENCES dossiers (id),
  sha256 TEXT NOT NULL,
  signature TEXT NOT NULL,
  certificate TEXT NOT NULL,
  gateway_signed_at TEXT NOT NULL DEFAULT '',
  signer_id_number TEXT NOT NULL,
  signer_name TEXT NOT NULL DEFAULT '',
  signed_at INTEGER NOT NULL
);
)sql"},
      {21, "document_uses", R"sql(
CREATE TABLE document_uses (
  id INTEGER PRIMARY KEY,
  owner_id INTEGER NOT NULL REFERENCES users (id),
  document_id INTEGER NOT NULL,
  document_name TEXT NOT NULL,
  dossier_id INTEGER NOT NULL,
  actor TEXT NOT NULL,
  kind TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX document_uses_owner ON document_uses (owner_id, at);
CREATE INDEX document_uses_document ON document_uses (document_id);
)sql"},
      {22, "questions", R"sql(
ALTER TABLE feedback ADD COLUMN kind TEXT NOT NULL DEFAULT 'feedback';
CREATE INDEX feedback_kind_published ON feedback (kind, published, answered_at);
)sql"},
      {23, "surveys", R"sql(
CREATE TABLE surveys (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  definition TEXT NOT NULL,
  open INTEGER NOT NULL DEFAULT 1,
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  closes_at INTEGER,
  responses INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX surveys_open ON surveys (open, created_at);
CREATE TABLE survey_responses (
  id INTEGER PRIMARY KEY,
  survey_id INTEGER NOT NULL REFERENCES surveys (id),
  respondent_id INTEGER NOT NULL REFERENCES users (id),
  answers TEXT NOT NULL,
  at INTEGER NOT NULL,
  UNIQUE (survey_id, respondent_id)
);
CREATE INDEX survey_responses_at ON survey_responses (survey_id, at);
CREATE TABLE survey_votes (
  survey_id INTEGER NOT NULL REFERENCES surveys (id),
  question INTEGER NOT NULL,
  option_index INTEGER NOT NULL,
  votes INTEGER NOT NULL,
  PRIMARY KEY (survey_id, question, option_index)
);
)sql"},
      {24, "feedback files", R"sql(
CREATE TABLE feedback_files (
  id INTEGER PRIMARY KEY,
  feedback_id INTEGER NOT NULL REFERENCES feedback (id),
  name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX feedback_files_feedback ON feedback_files (feedback_id);
)sql"},
      {25, "report indexes", R"sql(
CREATE INDEX dossier_events_status ON dossier_events (dossier_id, to_status, at);
CREATE INDEX dossiers_received ON dossiers (received_at);
)sql"},
      {26, "settlement times on the dossier", R"sql(
ALTER TABLE dossiers ADD COLUMN resolved_at INTEGER;
ALTER TABLE dossiers ADD COLUMN closed_at INTEGER;
UPDATE dossiers SET
  resolved_at = (SELECT MIN(e.at) FROM dossier_events e
                 WHERE e.dossier_id = dossiers.id AND e.to_status = 9),
  closed_at = (SELECT MIN(e.at) FROM dossier_events e
               WHERE e.dossier_id = dossiers.id AND e.to_status IN (3, 7, 8));
)sql"},
      {27, "reference catalogs", R"sql(
CREATE TABLE reference_items (
  catalog TEXT NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (catalog, code)
);
)sql"},
      // each change of an administrative unit, so a renamed or moved unit keeps its former names.
      {28, "administrative unit history", R"sql(
CREATE TABLE admin_unit_changes (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  at INTEGER NOT NULL,
  changed_by TEXT NOT NULL,
  name TEXT NOT NULL,
  previous_name TEXT NOT NULL,
  parent_code TEXT NOT NULL,
  previous_parent_code TEXT NOT NULL
);
CREATE INDEX admin_unit_changes_code ON admin_unit_changes (code, id);
)sql"},
      {29, "step count kept with each dossier", R"sql(
ALTER TABLE dossiers ADD COLUMN step_count INTEGER NOT NULL DEFAULT 0;
UPDATE dossiers SET step_count = (SELECT COUNT(*) FROM dossier_steps s WHERE s.dossier_id = dossiers.id)
 WHERE id IN (SELECT dossier_id FROM dossier_steps);
)sql"},
      // the same schema on both stores; only PostgreSQL keeps files in it (--file-store database).
      {30, "files kept in the database", R"sql(
CREATE TABLE stored_files (
  sha256 TEXT PRIMARY KEY,
  size BIGINT NOT NULL,
  bytes BLOB NOT NULL
);
)sql"},
      // A key cannot carry other columns here, and a second index of the events, which each event
      // written would pay for, took no more off a lookup than the measurements' noise.
      {31, "a dossier's stages read from an index", R"sql(
SELECT 1;
)sql"},
      // the officials' queues counted from an index alone (the row id is in every index here).
      {32, "the work queues counted from an index", R"sql(
CREATE INDEX dossiers_queues ON dossiers
  (status, receiving_unit_id, competent_unit_id, due_at, assignee_id);
DROP INDEX dossiers_status;
)sql"},
      // An applicant's dossiers by their latest change, read a page at a time (the row id, which
      // breaks ties, is in every index here).
      {33, "an applicant's dossiers by their latest change", R"sql(
CREATE INDEX dossiers_owner_changed ON dossiers (owner_id, updated_at);
)sql"},
      // A lookup reads a dossier's stages in order from an index alone, in place of the index by
      // status, which served no query better than this one does (a dossier has a handful of
      // events): no more to write per event, and no visit of each event's row per lookup.
      {34, "a dossier's stages read from an index alone", R"sql(
CREATE INDEX dossier_events_progress ON dossier_events (dossier_id, seq, to_status, at);
DROP INDEX dossier_events_status;
)sql"},
  };
  return list;
}

}  // namespace motcua::store::sqlite
