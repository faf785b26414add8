#pragma once
// The citizen's side of a dossier: drafts, uploads, submission, supplements and withdrawal.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "app/accounts.hpp"
#include "app/dossier_detail.hpp"
#include "app/dossier_uploads.hpp"
#include "app/services.hpp"
#include "core/form.hpp"

namespace motcua::app {

class ApplicantDossiers {
 public:
  explicit ApplicantDossiers(Services& services) : services_(services) {}

  core::Dossier create_draft(const Principal& who, const std::string& procedure_code,
                             const nlohmann::json& form);
  core::Dossier update_draft(const Principal& who, long long id, const nlohmann::json& form);
  // Kept for older callers; the rules live in DossierUploads.
  StoredFile add_file(const Principal& who, long long id, const Upload& upload) {
    return DossierUploads(services_).add(who, id, upload);
  }
  void delete_file(const Principal& who, long long id, long long file_id) {
    DossierUploads(services_).remove(who, id, file_id);
  }
  // the errors submitting this draft now would report (empty when it may be filed).
  core::FieldErrors check_draft(const Principal& who, long long id);
  // Idempotent: submitting a dossier already submitted returns it unchanged, never a second one.
  core::Dossier submit(const Principal& who, long long id);
  Page<core::Dossier> mine(const Principal& who, int page);
  core::Dossier answer_supplement(const Principal& who, const std::string& code,
                                  const std::string& comment, const std::vector<Upload>& uploads);
  core::Dossier withdraw(const Principal& who, const std::string& code, const std::string& reason);

 private:
  core::Dossier owned_draft(Transaction& tx, const Principal& who, long long id);
  core::Dossier owned_by_code(Transaction& tx, const Principal& who, const std::string& code);
  Services& services_;
};

// Reads a dossier by numeric id or code, with everything a page shows; the caller must be allowed
// to see it (owner, or an official of its receiving or competent unit), else not_found.
DossierDetail load_detail(Services& services, const User& viewer, const std::string& id_or_code);

LookupResult lookup(Services& services, const std::string& code);

}  // namespace motcua::app
