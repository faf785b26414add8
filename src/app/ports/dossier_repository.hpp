#pragma once
// Dossiers with their hash-chained events, their files and thumbnails, and an applicant's own list.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/page.hpp"
#include "app/ports/records.hpp"
#include "core/dossier.hpp"
#include "core/event_chain.hpp"

namespace motcua::app {

// One owner's dossiers in `statuses` (every submitted one when empty; drafts only when 0 is asked
// for), those in `first` ahead of the rest, then the latest changed first.
struct OwnDossierQuery {
  long long owner_id = 0;
  std::vector<int> statuses;
  std::vector<int> first;
  int page = 1;
  int per_page = 20;
};

// What one account's open drafts hold, for the per-account quotas.
struct DraftUsage {
  long long drafts = 0;
  long long file_bytes = 0;  // the files attached to those drafts
};

class DossierRepository {
 public:
  virtual ~DossierRepository() = default;

  // Dossiers.
  virtual long long insert_dossier(const core::Dossier& dossier) = 0;
  virtual void update_dossier(const core::Dossier& dossier) = 0;
  virtual std::optional<core::Dossier> find_dossier(long long id) = 0;
  virtual std::optional<core::Dossier> find_dossier_by_code(const std::string& code) = 0;
  // The public progress of the submitted dossier `code`, in one statement.
  virtual std::optional<LookupResult> find_lookup(const std::string& code) = 0;
  // The same with the status changes of its events, in one statement.
  virtual std::optional<LookupProgress> find_lookup_progress(const std::string& code) = 0;
  virtual Page<core::Dossier> list_dossiers(const DossierQuery& query) = 0;
  // How many dossiers each query finds (paging ignored), in one pass over the store.
  virtual std::vector<long long> count_dossiers(const std::vector<DossierQuery>& queries) = 0;
  // Takes the next number of a unit's daily counter: unique under any concurrency. A store may
  // take it outside this transaction, so a submission that fails can leave its number unused.
  virtual long long next_dossier_number(long long unit_id, int day_key) = 0;
  // The dossier's workflow steps (find_dossier and find_dossier_by_code load them; lists do not).
  virtual void save_steps(long long dossier_id, const std::vector<core::DossierStep>& steps) = 0;
  virtual std::vector<core::DossierStep> list_steps(long long dossier_id) = 0;
  // The dossiers received in [from, before) whose receiving or competent unit is in `unit_ids`.
  virtual std::vector<OutcomeRow> list_outcomes(const std::vector<long long>& unit_ids,
                                                core::Instant from, core::Instant before) = 0;

  virtual void append_event(long long dossier_id, const core::DossierEvent& event) = 0;
  virtual std::vector<core::DossierEvent> list_events(long long dossier_id) = 0;
  virtual std::optional<core::DossierEvent> last_event(long long dossier_id) = 0;
  virtual std::vector<long long> list_dossier_ids_with_events() = 0;

  // Files attached to dossiers (the bytes live in the FileStore).
  virtual long long insert_file(const StoredFile& file) = 0;
  virtual std::vector<StoredFile> list_files(long long dossier_id) = 0;
  virtual std::optional<StoredFile> find_file(long long file_id) = 0;
  virtual void delete_file(long long file_id) = 0;

  // "My dossiers" (requirements P20) and discarding a draft.
  virtual Page<core::Dossier> list_own_dossiers(const OwnDossierQuery& query) = 0;
  // How many of the owner's dossiers are in each status code (drafts under 0).
  virtual std::map<int, long long> count_own_dossiers(long long owner_id) = 0;
  // Removes a draft and its file rows; the bytes stay in the FileStore (content-addressed, and
  // possibly shared with another dossier).
  virtual void delete_draft(long long dossier_id) = 0;
  // Takes the owner's row lock for the rest of the transaction, so the writes of one account
  // take turns across processes, then counts what its drafts hold.
  virtual DraftUsage lock_draft_usage(long long owner_id) = 0;

  // An image's thumbnail, both by SHA-256 in the FileStore (the same bytes, one
  // thumbnail).
  virtual std::optional<std::string> find_thumbnail(const std::string& sha256) = 0;
  virtual void put_thumbnail(const std::string& sha256, const std::string& thumbnail_sha256) = 0;
};

}  // namespace motcua::app
