#pragma once
// electronic results (requirements P11). Once a dossier is settled (status 9) or its
// result returned (10), an official of its receiving or competent unit attaches the result
// documents as PDF; the owner downloads them from their dossier page (as attachments, owner only).
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/dossier_uploads.hpp"
#include "app/services.hpp"

namespace motcua::app {

inline constexpr const char* kResultPurpose = "result";

// Whether result files may be attached in `status` (Đã xử lý xong, Đã trả kết quả).
bool accepts_results(core::Status status);

// How a result is attached: as uploaded, or signed by the competent unit (API.md "Signatures"),
// optionally as the correction of an earlier signed result.
struct ResultOptions {
  bool sign = false;
  std::string replaces;  // verification id of the signed result this one corrects
};

struct AttachedResult {
  StoredFile file;
  std::optional<SignedDocument> signature;
};

class DossierResults {
 public:
  explicit DossierResults(Services& services) : services_(services) {}

  // Stores one PDF result file. Errors: not_found (cannot see the dossier), forbidden (a citizen
  // or an official outside its units), conflict (not in status 9 or 10), invalid_input "file"
  // (empty or not a PDF by its magic bytes), too_large (over the per-file limit). Signing adds
  // conflict "signing_key_missing" (the competent unit has no key) and invalid_input "replaces"
  // (no signed result of this dossier has that id).
  AttachedResult attach(const Principal& who, const std::string& code, const Upload& upload,
                        const ResultOptions& options = {});
  // The result files of a dossier the caller may see, oldest first.
  std::vector<StoredFile> list(const Principal& who, const std::string& code);

 private:
  SignedDocument sign_result(Transaction& tx, const core::Dossier& dossier, const Principal& who,
                             const Upload& upload, const std::string& replaces);

  Services& services_;
};

// Only the result files among a dossier's files.
std::vector<StoredFile> result_files(const std::vector<StoredFile>& files);

}  // namespace motcua::app
