#pragma once
// The citizen's side of a dossier: drafts, uploads, submission, supplements and withdrawal.
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "app/accounts.hpp"
#include "app/dossier_detail.hpp"
#include "app/services.hpp"
#include "core/form.hpp"

namespace motcua::app {

struct Upload {
  std::string component_id;
  std::string filename;
  std::string_view bytes;
};

class ApplicantDossiers {
 public:
  explicit ApplicantDossiers(Services& services) : services_(services) {}

  core::Dossier create_draft(const Principal& who, const std::string& procedure_code,
                             const nlohmann::json& form);
  core::Dossier update_draft(const Principal& who, long long id, const nlohmann::json& form);
  StoredFile add_file(const Principal& who, long long id, const Upload& upload);
  void delete_file(const Principal& who, long long id, long long file_id);
  // eform: the errors submitting this draft now would report (empty when it may be filed).
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
  StoredFile store_upload(Transaction& tx, const Principal& who, const core::Dossier& dossier,
                          const Upload& upload, const std::string& purpose);
  Services& services_;
};

// Reads a dossier by numeric id or code, with everything a page shows; the caller must be allowed
// to see it (owner, or an official of its receiving or competent unit), else not_found.
DossierDetail load_detail(Services& services, const User& viewer, const std::string& id_or_code);

LookupResult lookup(Services& services, const std::string& code);

// What the magic bytes say a file is: "application/pdf", "image/jpeg", "image/png", or "".
std::string sniff_content_type(std::string_view bytes);

}  // namespace motcua::app
