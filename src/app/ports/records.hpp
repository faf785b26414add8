#pragma once
// Records the use cases read and write through the Store port, beside the core's domain types.
#include <optional>
#include <string>
#include <vector>

#include "core/role.hpp"
#include "core/service_stats.hpp"
#include "core/status.hpp"
#include "core/time.hpp"

namespace motcua::app {

// A submitted dossier's public progress, with its units' names (requirements P13).
struct LookupResult {
  std::string code;
  std::string procedure_code;
  std::string procedure_name;
  core::Status status = core::Status::draft;
  std::optional<core::Instant> received_at;
  std::optional<core::Instant> due_at;
  std::optional<core::Instant> returned_at;
  std::string receiving_unit_name;
  std::string competent_unit_name;
};

// What the public lookup page shows beside the lookup: whether the clock is paused and each status
// the dossier moved to, in order, with when.
struct LookupProgress {
  LookupResult lookup;
  std::optional<core::Instant> paused_at;
  std::vector<std::pair<core::Status, core::Instant>> changes;
};

struct User {
  long long id = 0;
  std::string username;
  std::string password_hash;  // argon2id, libsodium's encoded string
  std::string full_name;
  std::string email;
  std::string phone;
  std::string citizen_id;  // số định danh cá nhân
  std::string address;     // the street line: house number, street, hamlet
  std::vector<core::Role> roles;
  // account (migration 5): the profile's contacts that the e-form prefills (profile_key names).
  std::string tax_code;                   // mã số thuế of a business applicant
  std::string province_code;              // administrative-unit catalog: province tier
  std::string commune_code;               // commune, ward or special zone within province_code
  std::string notify_channel = "portal";  // portal | email | sms
  std::optional<long long> unit_id;       // officials only
  int failed_logins = 0;
  std::optional<core::Instant> locked_until;
  bool active = true;
  core::Instant created_at{};
  // Requirements §8 (migration 8): when the password was last set (none before migration 8: the
  // creation time counts), and whether it must be changed at the next login because an
  // administrator chose it.
  std::optional<core::Instant> password_changed_at;
  bool must_change_password = false;
  // Requirements §8 two-factor login (migration 9): the RFC 6238 secret (set at enrolment, in use
  // once confirmed), the last time step accepted (a code works once), and whether the account must
  // enrol before it may do anything (administrators and leaders, unless they are demo accounts).
  std::string totp_secret;
  bool totp_enabled = false;
  long long totp_last_step = 0;
  bool two_factor_required = false;
  // Migration 16: the VNeID subject the account signs in with ("" when never linked), and the
  // profile fields VNeID supplied (a JSON list of names), shown as verified.
  std::string identity_subject;
  std::string verified_fields = "[]";

  bool has_role(core::Role role) const;
  bool is_official() const;
};

struct Session {
  std::string token_hash;  // SHA-256 of the bearer token / cookie value: a stolen table is useless
  long long user_id = 0;
  std::string csrf_token;
  core::Instant created_at{};
  core::Instant last_seen_at{};
  core::Instant expires_at{};
  // The password was right and a one-time code is still owed: such a session may only give the
  // code or log out, and lives minutes, not hours.
  bool second_factor_pending = false;
};

// Requirements §8: a single-use, short-lived password-reset link; only its token's hash is kept.
struct PasswordReset {
  std::string token_hash;
  long long user_id = 0;
  core::Instant created_at{};
  core::Instant expires_at{};
};

struct StoredFile {
  long long id = 0;
  long long dossier_id = 0;
  std::string component_id;
  std::string sha256;
  long long size = 0;
  std::string content_type;
  std::string original_name;
  long long uploaded_by = 0;
  std::string purpose = "component";  // component | supplement | result
  core::Instant created_at{};
};

struct Sector {
  std::string code;
  std::string name;
  long long procedure_count = 0;
};

struct ProcedureQuery {
  std::string text;         // diacritic-insensitive full text
  std::string agency_code;  // competent agency's identifier
  std::string sector_code;
  std::string level;         // toan_trinh | mot_phan | truc_tiep
  std::string audience;      // citizen | business
  std::string sort;          // "" (relevance, then name) | name | duration | code
  bool online_only = false;  // online public services only: toan_trinh or mot_phan
  int page = 1;
  int per_page = 20;
};

// How the units of `unit_ids` must relate to a dossier for it to be listed.
enum class UnitRelation {
  any,             // receiving, competent, or holding an active workflow step
  receiving,       // the receiving desk
  step_elsewhere,  // competent here while another agency holds an active step (liên thông đi)
  step_here_only,  // holding an active step of another agency's dossier (liên thông đến)
};

struct DossierQuery {
  std::optional<long long> owner_id;
  std::vector<long long> unit_ids;  // related to the dossier as `relation` says
  UnitRelation relation = UnitRelation::any;
  std::vector<int> statuses;
  std::optional<long long> assignee_id;  // the dossier's, or an active step's, named official
  bool include_drafts = false;
  // Awaiting a leader: no workflow (the leader approves by hand), or an active leader's step.
  bool awaiting_leader = false;
  std::optional<core::Instant> due_from;    // due_at >= this
  std::optional<core::Instant> due_before;  // due_at < this
  std::optional<core::Instant> received_from;
  std::optional<core::Instant> received_before;
  // The code's start, the applicant's ID number, or part of the applicant's name.
  std::string text;
  bool sort_by_due = false;  // earliest due first, then the newest; else the newest first
  int page = 1;
  int per_page = 50;
};

// One received dossier as the dashboards count it.
struct OutcomeRow {
  long long competent_unit_id = 0;
  std::optional<long long> assignee_id;
  core::DossierOutcome outcome;
};

// Security and administration events (logins, lockouts, user and catalog changes), requirements §8.
struct AuditEntry {
  core::Instant at{};
  std::string actor;
  std::string action;
  std::string target;
  std::string detail;
  std::string ip;
  long long id = 0;  // as read back
};

// Which audit entries to read: the newest first, below `before_id` when paging.
struct AuditQuery {
  std::optional<core::Instant> from;
  std::optional<core::Instant> before;
  std::string actor;
  std::string action;
  long long before_id = 0;
  int limit = 100;
};

}  // namespace motcua::app
