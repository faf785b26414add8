#pragma once
// The one implementation of app::Transaction, shared by both stores: portable SQL over the driver
// interface, with the dialect's few differences (search, row locks) asked of the Dialect.
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/ports/store.hpp"
#include "store/sql/combined_reads.hpp"
#include "store/sql/connection.hpp"
#include "store/sql/dialect.hpp"
#include "store/sql/dossier_numbers.hpp"
#include "store/sql/keyed_cache.hpp"
#include "store/sql/settings_cache.hpp"

namespace motcua::store::sql {

// Which version of a procedure a code (and a date) names: the rest comes from ParsedVersions.
struct VersionRef {
  long long id = 0;
  std::string content_hash;
};
using KeptUnits = std::shared_ptr<const std::vector<core::Unit>>;
// The unit with this id in a list ordered by id (as SqlTransaction keeps them), or null.
const core::Unit* unit_with_id(const std::vector<core::Unit>& units, long long id);

// What the process keeps of rarely changed catalogs; each may be null, and is then not used.
struct KeptCatalogs {
  SettingsCache* settings = nullptr;
  KeyedCache<std::optional<core::AdminUnit>>* admin_units = nullptr;
  KeyedCache<KeptUnits>* units = nullptr;
  KeyedCache<std::optional<VersionRef>>* procedure_versions = nullptr;
};

// The generation of each kept catalog when a transaction began: what it loads from a snapshot
// that may predate a later forget() is used, not kept.
struct KeptTickets {
  std::uint64_t settings = 0;
  std::uint64_t admin_units = 0;
  std::uint64_t units = 0;
  std::uint64_t procedure_versions = 0;
};
KeptTickets tickets_of(const KeptCatalogs& kept);

// What a transaction changed of what the process keeps (or counts): the store forgets it once
// the transaction commits, and the transaction itself reads it from the database from then on.
struct Written {
  bool settings = false;
  bool accounts = false;
  bool admin_units = false;
  bool units = false;
  bool procedures = false;
};

// The public lookup's reads, combined with other transactions' (see CombinedReads); a null
// member reads alone.
struct SharedReads {
  CombinedReads* lookups = nullptr;
  CombinedReads* lookup_progress = nullptr;
};

class SqlTransaction final : public app::Transaction {
 public:
  // `numbers`, when given, takes dossier numbers outside this transaction.
  SqlTransaction(SqlConnection& connection, const Dialect& dialect, Mode mode,
                 KeptCatalogs kept = {}, const NumberSource* numbers = nullptr,
                 SharedReads shared = {})
      : db_(connection),
        dialect_(dialect),
        mode_(mode),
        kept_(kept),
        tickets_(tickets_of(kept)),
        numbers_(numbers),
        shared_(shared) {}

  const Written& written() const { return written_; }

  long long upsert_unit(const core::Unit& unit) override;
  std::optional<core::Unit> find_unit(long long id) override;
  std::optional<core::Unit> find_unit_by_code(const std::string& code) override;
  std::vector<core::Unit> list_units() override;

  long long save_procedure(const core::Procedure& procedure) override;
  std::optional<core::Procedure> find_procedure(const std::string& code) override;
  std::optional<core::Procedure> find_procedure_version(long long version_id) override;
  std::vector<core::Procedure> list_procedure_versions(const std::string& code) override;
  std::optional<core::Procedure> find_procedure_in_force(const std::string& code,
                                                         core::LocalDate date) override;
  app::Page<app::ProcedureHit> search_procedures(const app::ProcedureQuery& query) override;
  std::vector<core::Procedure> list_current_procedures() override;
  std::vector<app::Sector> list_sectors() override;

  long long insert_user(const app::User& user) override;
  void update_user(const app::User& user) override;
  std::optional<app::User> find_user(long long id) override;
  std::optional<app::User> find_user_by_username(const std::string& username) override;
  std::optional<app::User> find_user_by_identity(const std::string& subject) override;
  std::vector<app::User> list_users_of_unit(long long unit_id) override;

  void insert_session(const app::Session& session) override;
  std::optional<app::Session> find_session(const std::string& token_hash) override;
  void touch_session(const std::string& token_hash, core::Instant seen_at) override;
  void delete_session(const std::string& token_hash) override;
  void delete_sessions_of_user(long long user_id) override;

  std::optional<app::LoginFailures> find_login_failures(const std::string& username,
                                                        const std::string& address) override;
  void save_login_failures(const app::LoginFailures& failures) override;
  long long clear_login_failures(const std::string& username, const std::string& address) override;
  void purge_login_failures(core::Instant before) override;
  // Password history and reset links (transaction_passwords.cpp).
  void remember_password(long long user_id, const std::string& password_hash, core::Instant at,
                         int keep) override;
  std::vector<std::string> list_password_history(long long user_id) override;
  std::vector<app::User> find_users_by_email(const std::string& email) override;
  std::vector<app::User> find_applicants_by_citizen_id(const std::string& citizen_id) override;
  void insert_password_reset(const app::PasswordReset& reset) override;
  std::optional<app::PasswordReset> find_password_reset(const std::string& token_hash) override;
  void delete_password_resets_of_user(long long user_id) override;
  // Two-factor login (transaction_two_factor.cpp).
  bool advance_totp_step(long long user_id, long long step) override;
  void replace_recovery_codes(long long user_id, const std::vector<std::string>& hashes) override;
  bool use_recovery_code(long long user_id, const std::string& code_hash) override;
  long long count_recovery_codes(long long user_id) override;

  long long insert_dossier(const core::Dossier& dossier) override;
  void update_dossier(const core::Dossier& dossier) override;
  std::optional<core::Dossier> find_dossier(long long id) override;
  std::optional<core::Dossier> find_dossier_by_code(const std::string& code) override;
  std::optional<app::LookupResult> find_lookup(const std::string& code) override;
  std::optional<app::LookupProgress> find_lookup_progress(const std::string& code) override;
  app::Page<core::Dossier> list_dossiers(const app::DossierQuery& query) override;
  std::vector<long long> count_dossiers(const std::vector<app::DossierQuery>& queries) override;
  long long next_dossier_number(long long unit_id, int day_key) override;
  // Workflow steps (transaction_steps.cpp).
  void save_steps(long long dossier_id, const std::vector<core::DossierStep>& steps) override;
  std::vector<core::DossierStep> list_steps(long long dossier_id) override;
  std::vector<app::OutcomeRow> list_outcomes(const std::vector<long long>& unit_ids,
                                             core::Instant from, core::Instant before) override;

  void append_event(long long dossier_id, const core::DossierEvent& event) override;
  std::vector<core::DossierEvent> list_events(long long dossier_id) override;
  std::optional<core::DossierEvent> last_event(long long dossier_id) override;
  std::vector<long long> list_dossier_ids_with_events() override;

  long long insert_file(const app::StoredFile& file) override;
  std::vector<app::StoredFile> list_files(long long dossier_id) override;
  std::optional<app::StoredFile> find_file(long long file_id) override;
  void delete_file(long long file_id) override;

  std::vector<core::CalendarDay> list_calendar_days() override;
  void upsert_calendar_day(const core::CalendarDay& day) override;
  bool delete_calendar_day(core::LocalDate date) override;

  std::optional<std::string> setting(const std::string& key, core::Instant at) override;
  void put_setting(const std::string& key, core::Instant effective_from,
                   const std::string& json) override;

  void append_audit(const app::AuditEntry& entry) override;
  std::vector<app::AuditEntry> list_audit(const app::AuditQuery& query) override;

  // the administrative-unit catalog (transaction_admin_units.cpp).
  void upsert_admin_unit(const core::AdminUnit& unit) override;
  std::optional<core::AdminUnit> find_admin_unit(const std::string& code) override;
  std::vector<core::AdminUnit> list_admin_units(const std::string& parent_code) override;
  void append_admin_unit_change(const core::AdminUnitChange& change) override;
  std::vector<core::AdminUnitChange> list_admin_unit_changes(const std::string& code) override;

  // "my dossiers" and discarding a draft (transaction_my_dossiers.cpp).
  app::Page<core::Dossier> list_own_dossiers(const app::OwnDossierQuery& query) override;
  std::map<int, long long> count_own_dossiers(long long owner_id) override;
  // One part of an owner's page: dossiers in `statuses`, the latest changed first.
  void own_dossiers_in(long long owner_id, const std::vector<int>& statuses, long long limit,
                       long long offset, std::vector<core::Dossier>& out);
  void delete_draft(long long dossier_id) override;
  app::DraftUsage lock_draft_usage(long long owner_id) override;

  // thumbnails of uploaded images (transaction_files.cpp).
  std::optional<std::string> find_thumbnail(const std::string& sha256) override;
  void put_thumbnail(const std::string& sha256, const std::string& thumbnail_sha256) override;

  // messages, notifications, printouts, forecast samples (transaction_tracking.cpp).
  long long insert_message(const app::DossierMessage& message) override;
  std::vector<app::DossierMessage> list_messages(long long dossier_id) override;
  long long insert_notification(const app::Notification& notification) override;
  app::Page<app::Notification> list_notifications(long long user_id, int page,
                                                  int per_page) override;
  long long count_unread_notifications(long long user_id, long long at_most) override;
  long long mark_notifications_read(long long user_id, long long up_to_id,
                                    core::Instant at) override;
  void insert_printout(const app::StoredPrintout& printout) override;
  std::vector<app::DueWork> list_due_work(const std::string& kind,
                                          std::optional<core::Instant> from, core::Instant before,
                                          int limit) override;
  bool claim_reminder(long long dossier_id, const std::string& subject, const std::string& kind,
                      core::Instant at) override;
  void insert_signed_document(const app::SignedDocument& document) override;
  std::optional<app::SignedDocument> find_signed_document(const std::string& id) override;
  std::optional<app::SignedDocument> find_signed_document_by_sha256(
      const std::string& sha256) override;
  std::vector<app::SignedDocument> list_signed_documents(long long dossier_id) override;
  std::optional<app::StoredPrintout> find_printout(long long dossier_id,
                                                   const std::string& kind) override;
  std::vector<app::FinishedSample> list_finished_samples(const std::string& procedure_code,
                                                         int limit) override;

  // Access statistics (transaction_usage.cpp).
  void add_page_views(const std::vector<app::PageViewCount>& counts) override;
  std::vector<app::PageViewCount> list_page_views(const std::string& from_day,
                                                  const std::string& to_day) override;

  // The national connections (transaction_integrations.cpp, transaction_payments.cpp).
  bool enqueue_message(const app::OutboxMessage& message) override;
  std::vector<app::OutboxMessage> claim_messages(app::Millis now, app::Millis lease,
                                                 int limit) override;
  void settle_message(const app::OutboxMessage& message) override;
  bool settle_claimed_message(const app::OutboxMessage& message,
                              app::Millis claimed_until) override;
  std::optional<app::OutboxMessage> find_outbox_message(long long id) override;
  std::optional<app::OutboxMessage> find_outbox_message_by_key(const std::string& key) override;
  std::vector<app::OutboxMessage> list_outbox(const app::OutboxQuery& query) override;
  std::vector<app::OutboxCounts> count_outbox() override;
  std::string lock_log_head() override;
  void append_log(const app::IntegrationLogEntry& entry) override;
  std::vector<app::IntegrationLogEntry> list_log(std::optional<long long> dossier_id,
                                                 const std::string& system, int limit) override;
  std::vector<app::IntegrationLogEntry> list_log_from(long long after_id, int limit) override;
  bool accept_inbound(const std::string& key, const std::string& system, const std::string& kind,
                      app::Millis at) override;
  std::optional<std::string> cursor(const std::string& name) override;
  void set_cursor(const std::string& name, const std::string& position) override;
  long long insert_payment(const app::Payment& payment) override;
  std::optional<app::Payment> find_payment(const std::string& payment_id) override;
  std::optional<app::Payment> find_payment_for_request(long long dossier_id,
                                                       int request_seq) override;
  std::vector<app::Payment> list_payments(long long dossier_id) override;
  bool transition_payment(const app::Payment& payment, const std::string& from) override;
  std::vector<app::Payment> list_payments_in_state(const std::string& state,
                                                   core::Instant created_before,
                                                   int limit) override;
  void insert_postal_order(const app::PostalOrder& order) override;
  std::optional<app::PostalOrder> find_postal_order(const std::string& order_number) override;
  std::vector<app::PostalOrder> list_postal_orders(long long dossier_id) override;
  bool update_postal_order(const app::PostalOrder& order) override;
  void insert_oidc_login(const app::OidcLogin& login) override;
  std::optional<app::OidcLogin> take_oidc_login(const std::string& state) override;

  // DocumentStoreRepository
  std::vector<app::PersonalDocument> list_personal_documents(long long owner_id) override;
  std::optional<app::PersonalDocument> find_personal_document(long long owner_id,
                                                              long long document_id) override;
  void insert_document_use(const app::DocumentUse& use) override;
  std::vector<app::DocumentUse> list_document_uses(long long owner_id, int limit) override;

  // ReportRepository
  std::vector<core::ReportedDossier> list_reported_dossiers(const std::vector<long long>& unit_ids,
                                                            core::Instant from,
                                                            core::Instant before) override;

  // DeclarationRepository
  void put_declaration_signature(const app::DeclarationSignature& signature) override;
  std::optional<app::DeclarationSignature> find_declaration_signature(
      long long dossier_id) override;

  // RatingRepository
  bool insert_rating(const app::DossierRating& rating) override;
  std::optional<app::DossierRating> find_rating(long long dossier_id) override;

  // FeedbackRepository
  long long insert_feedback(const app::Feedback& feedback) override;
  std::optional<app::Feedback> find_feedback(const std::string& code) override;
  std::vector<app::Feedback> list_feedback(const app::FeedbackQuery& query) override;
  void update_feedback(const app::Feedback& feedback) override;
  long long insert_feedback_file(const app::FeedbackFile& file) override;
  std::vector<app::FeedbackFile> list_feedback_files(long long feedback_id) override;

  std::vector<core::ReferenceItem> list_reference_items(core::ReferenceCatalog catalog) override;
  void upsert_reference_item(core::ReferenceCatalog catalog,
                             const core::ReferenceItem& item) override;

  long long insert_survey(const app::Survey& survey) override;
  std::optional<app::Survey> find_survey(long long id) override;
  std::vector<app::Survey> list_surveys(bool open_only, int limit) override;
  void set_survey_open(long long id, bool open) override;
  bool insert_survey_response(const app::SurveyResponse& response) override;
  bool survey_answered(long long survey_id, long long respondent_id) override;
  std::map<std::pair<std::size_t, int>, long long> survey_votes(long long survey_id) override;
  std::vector<std::string> survey_texts(long long survey_id, std::size_t question,
                                        int limit) override;

  // NationalCatalogRepository (transaction_national_catalog.cpp)
  app::CatalogSyncRecord replace_national_catalog(
      const std::vector<core::NationalProcedure>& procedures,
      app::CatalogSyncRecord record) override;
  std::vector<core::NationalProcedure> list_national_catalog() override;
  std::optional<app::CatalogSyncRecord> last_catalog_sync() override;

 private:
  // " FOR UPDATE" (or nothing) when this transaction writes.
  std::string lock_suffix() const;
  void note_settlement(long long dossier_id, const core::DossierEvent& event);
  long long insert_returning_id(const std::string& sql, const Params& params);
  std::optional<app::User> find_user_where(const std::string& condition, const Value& value);
  std::optional<core::Dossier> find_dossier_where(const std::string& condition, const Value& value);
  std::optional<core::Dossier> dossier_with_steps(const Rows& rows);
  void load_roles(std::vector<app::User>& users, const std::string& user_filter,
                  const Params& params);
  void write_roles(const app::User& user);

  std::optional<std::string> setting_from_database(const std::string& key, core::Instant at);
  core::Procedure version_of(long long id, const std::string& content_hash);
  // The version `load` finds, kept under `key` unless this transaction changed the catalog.
  std::optional<core::Procedure> kept_version(
      const std::string& key, const std::function<std::optional<VersionRef>()>& load);
  std::optional<VersionRef> current_version_ref(const std::string& code);
  // Every unit, kept unless this transaction changed one.
  KeptUnits all_units();
  Rows lookup_rows(CombinedReads* combined, const std::string& select, const std::string& order,
                   const std::string& code);

  SqlConnection& db_;
  const Dialect& dialect_;
  const Mode mode_;
  const KeptCatalogs kept_;
  const KeptTickets tickets_;
  const NumberSource* numbers_;
  const SharedReads shared_;
  Written written_;
  // What this transaction wrote of each dossier: a dossier's row, which it holds until it ends, is
  // not written again unchanged, and its last event need not be read back.
  std::unordered_map<long long, Params> dossier_rows_;
  std::unordered_map<long long, std::optional<core::DossierEvent>> last_events_;
  // Parts of the dossiers find_dossier read ahead, until this transaction changes them.
  std::unordered_map<long long, std::vector<app::StoredFile>> kept_files_;
  std::unordered_map<long long, std::optional<app::DeclarationSignature>> kept_signatures_;
  // A reader's counts of each owner's dossiers by status (a writer's could change under it).
  std::unordered_map<long long, std::map<int, long long>> own_counts_;
};

}  // namespace motcua::store::sql
