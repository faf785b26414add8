#pragma once
// The Store port. A use case runs inside one transaction: `write` for anything that changes state,
// `read` for queries. Both adapters (SQLite, PostgreSQL) implement it with the same behaviour, and
// one integration suite checks that.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/login_records.hpp"
#include "app/ports/records.hpp"
#include "app/ports/tracking_records.hpp"
#include "app/ports/usage_records.hpp"
#include "core/admin_unit.hpp"
#include "core/calendar.hpp"
#include "core/dossier.hpp"
#include "core/event_chain.hpp"
#include "core/procedure.hpp"
#include "core/unit.hpp"

namespace motcua::app {

template <class T>
struct Page {
  std::vector<T> items;
  long long total = 0;
};

struct ProcedureHit {
  core::Procedure procedure;  // without form and components for speed; details via find_procedure
  std::string name_highlighted;  // HTML-escaped name with <mark>…</mark> around matched words
};

// one owner's dossiers in `statuses` (every submitted one when empty; drafts only when 0
// is asked for), those in `first` ahead of the rest, then the latest changed first.
// What one account's open drafts hold, for the per-account quotas.
struct DraftUsage {
  long long drafts = 0;
  long long file_bytes = 0;  // the files attached to those drafts
};

struct OwnDossierQuery {
  long long owner_id = 0;
  std::vector<int> statuses;
  std::vector<int> first;
  int page = 1;
  int per_page = 20;
};

class Transaction {
 public:
  virtual ~Transaction() = default;

  // Units and the agency tree.
  virtual long long upsert_unit(const core::Unit& unit) = 0;  // by code; returns the id
  virtual std::optional<core::Unit> find_unit(long long id) = 0;
  virtual std::optional<core::Unit> find_unit_by_code(const std::string& code) = 0;
  virtual std::vector<core::Unit> list_units() = 0;

  // Catalog. Saving a procedure whose content changed creates a new version; dossiers keep theirs.
  virtual long long save_procedure(const core::Procedure& procedure) = 0;  // returns the version id
  virtual std::optional<core::Procedure> find_procedure(const std::string& code) = 0;  // current
  virtual std::optional<core::Procedure> find_procedure_version(long long version_id) = 0;
  virtual Page<ProcedureHit> search_procedures(const ProcedureQuery& query) = 0;
  virtual std::vector<Sector> list_sectors() = 0;

  // Accounts.
  virtual long long insert_user(const User& user) = 0;  // throws StoreConflict on a taken username
  virtual void update_user(const User& user) = 0;
  virtual std::optional<User> find_user(long long id) = 0;
  virtual std::optional<User> find_user_by_username(const std::string& username) = 0;
  virtual std::vector<User> list_users_of_unit(long long unit_id) = 0;

  virtual void insert_session(const Session& session) = 0;
  virtual std::optional<Session> find_session(const std::string& token_hash) = 0;
  virtual void touch_session(const std::string& token_hash, core::Instant seen_at) = 0;
  virtual void delete_session(const std::string& token_hash) = 0;
  virtual void delete_sessions_of_user(long long user_id) = 0;

  // failed sign-ins per (user name, client address), shared by every server process.
  virtual std::optional<LoginFailures> find_login_failures(const std::string& username,
                                                           const std::string& address) = 0;
  virtual void save_login_failures(const LoginFailures& failures) = 0;  // inserts or replaces
  // Forgets the failures of `username` from `address`, or from every address when it is "";
  // returns how many addresses were forgotten.
  virtual long long clear_login_failures(const std::string& username,
                                         const std::string& address) = 0;
  // Forgets the failures last seen before `before` whose lock, if any, has run out by then.
  virtual void purge_login_failures(core::Instant before) = 0;
  // Passwords (requirements §8): the hashes a user may not reuse, newest first, and reset links.
  // Remembering a hash forgets all but the newest `keep`.
  virtual void remember_password(long long user_id, const std::string& password_hash,
                                 core::Instant at, int keep) = 0;
  virtual std::vector<std::string> list_password_history(long long user_id) = 0;
  // The active users with this exact e-mail address (a reset is sent only when there is one).
  virtual std::vector<User> find_users_by_email(const std::string& email) = 0;
  virtual void insert_password_reset(const PasswordReset& reset) = 0;
  virtual std::optional<PasswordReset> find_password_reset(const std::string& token_hash) = 0;
  virtual void delete_password_resets_of_user(long long user_id) = 0;

  // Dossiers.
  virtual long long insert_dossier(const core::Dossier& dossier) = 0;
  virtual void update_dossier(const core::Dossier& dossier) = 0;
  virtual std::optional<core::Dossier> find_dossier(long long id) = 0;
  virtual std::optional<core::Dossier> find_dossier_by_code(const std::string& code) = 0;
  virtual Page<core::Dossier> list_dossiers(const DossierQuery& query) = 0;
  // Takes the next number of a unit's daily counter inside this transaction: unique and
  // consecutive under any concurrency.
  virtual long long next_dossier_number(long long unit_id, int day_key) = 0;

  virtual void append_event(long long dossier_id, const core::DossierEvent& event) = 0;
  virtual std::vector<core::DossierEvent> list_events(long long dossier_id) = 0;
  virtual std::optional<core::DossierEvent> last_event(long long dossier_id) = 0;
  virtual std::vector<long long> list_dossier_ids_with_events() = 0;

  // Files attached to dossiers (the bytes live in the FileStore).
  virtual long long insert_file(const StoredFile& file) = 0;
  virtual std::vector<StoredFile> list_files(long long dossier_id) = 0;
  virtual std::optional<StoredFile> find_file(long long file_id) = 0;
  virtual void delete_file(long long file_id) = 0;

  // Calendar catalog.
  virtual std::vector<core::CalendarDay> list_calendar_days() = 0;
  virtual void upsert_calendar_day(const core::CalendarDay& day) = 0;
  virtual bool delete_calendar_day(core::LocalDate date) = 0;

  // Versioned settings: the value in force at `at` for `key` (JSON text).
  virtual std::optional<std::string> setting(const std::string& key, core::Instant at) = 0;
  virtual void put_setting(const std::string& key, core::Instant effective_from,
                           const std::string& json) = 0;

  virtual void append_audit(const AuditEntry& entry) = 0;

  // the administrative-unit catalog (province tier, then communes by parent code).
  virtual void upsert_admin_unit(const core::AdminUnit& unit) = 0;  // by code
  virtual std::optional<core::AdminUnit> find_admin_unit(const std::string& code) = 0;
  // The units under `parent_code`, in catalog order; the province tier for "".
  virtual std::vector<core::AdminUnit> list_admin_units(const std::string& parent_code) = 0;

  // "my dossiers" (requirements P20) and discarding a draft.
  virtual Page<core::Dossier> list_own_dossiers(const OwnDossierQuery& query) = 0;
  // How many of the owner's dossiers are in each status code (drafts under 0).
  virtual std::map<int, long long> count_own_dossiers(long long owner_id) = 0;
  // Removes a draft and its file rows; the bytes stay in the FileStore (content-addressed, and
  // possibly shared with another dossier).
  virtual void delete_draft(long long dossier_id) = 0;
  // Takes the owner's row lock for the rest of the transaction, so the writes of one account
  // take turns across processes, then counts what its drafts hold.
  virtual DraftUsage lock_draft_usage(long long owner_id) = 0;

  // an image's thumbnail, both by SHA-256 in the FileStore (the same bytes, one
  // thumbnail).
  virtual std::optional<std::string> find_thumbnail(const std::string& sha256) = 0;
  virtual void put_thumbnail(const std::string& sha256, const std::string& thumbnail_sha256) = 0;

  // messages (P5), notifications, printouts kept as issued, and finished dossiers of a
  // procedure for the completion forecast (transaction_tracking.cpp).
  virtual long long insert_message(const DossierMessage& message) = 0;
  virtual std::vector<DossierMessage> list_messages(long long dossier_id) = 0;  // oldest first
  virtual long long insert_notification(const Notification& notification) = 0;
  virtual Page<Notification> list_notifications(long long user_id, int page, int per_page) = 0;
  virtual long long count_unread_notifications(long long user_id) = 0;
  // Marks the user's unread notifications up to `up_to_id` read; returns how many changed.
  virtual long long mark_notifications_read(long long user_id, long long up_to_id,
                                            core::Instant at) = 0;
  virtual void insert_printout(const StoredPrintout& printout) = 0;  // once per dossier and kind
  virtual std::optional<StoredPrintout> find_printout(long long dossier_id,
                                                      const std::string& kind) = 0;
  // The latest `limit` dossiers of `procedure_code` settled (status 9 reached), newest first.
  virtual std::vector<FinishedSample> list_finished_samples(const std::string& procedure_code,
                                                            int limit) = 0;

  // Access statistics (P22): adds each count to the day's and page's total.
  virtual void add_page_views(const std::vector<PageViewCount>& counts) = 0;
  // The totals from `from_day` to `to_day` inclusive ("YYYY-MM-DD"), by day then page.
  virtual std::vector<PageViewCount> list_page_views(const std::string& from_day,
                                                     const std::string& to_day) = 0;
};

// A unique constraint was violated (e.g. a taken username).
struct StoreConflict : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// The store could not be reached or failed: a 5xx for the caller.
struct StoreUnavailable : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Store {
 public:
  virtual ~Store() = default;
  // Runs `work` in one transaction and commits; rolls back if it throws, and rethrows.
  virtual void write(const std::function<void(Transaction&)>& work) = 0;
  virtual void read(const std::function<void(Transaction&)>& work) = 0;
  // Applies the numbered migrations not yet applied; returns how many ran.
  virtual int migrate() = 0;
  virtual std::string kind() const = 0;  // "sqlite" | "postgresql"
};

}  // namespace motcua::app
