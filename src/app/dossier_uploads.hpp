#pragma once
// The files a citizen attaches to a dossier, per component (requirements P7): checked by their
// magic bytes and against the size limits in force, stored by SHA-256 before their row is written,
// with a PNG thumbnail for images. A draft's files may be added, replaced and deleted; once filed,
// the dossier's files change only through a supplement answer.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/accounts.hpp"
#include "app/errors.hpp"
#include "app/services.hpp"

namespace motcua::app {

struct Upload {
  std::string component_id;
  std::string filename;
  std::string_view bytes;
};

// Versioned settings "uploads.max_file_bytes" and "uploads.max_dossier_bytes" (JSON numbers), the
// deployment's Policy when unset. The HTTP body limit must stay above max_file_bytes.
struct UploadLimits {
  long long max_file_bytes = 0;
  long long max_dossier_bytes = 0;
};

inline constexpr int kThumbnailSide = 160;  // pixels, the longer side

// What the magic bytes say a file is: "application/pdf", "image/jpeg", "image/png", or "".
std::string sniff_content_type(std::string_view bytes);

// Throws the error a file breaking a limit or the type rule gets: invalid_input (fields "file")
// for an empty file or a type other than PDF, JPEG or PNG, too_large for a file over the per-file
// limit. The message's params name the file, its size and the limit. Returns the sniffed type.
std::string check_upload(const Upload& upload, const UploadLimits& limits);

// Whether `error` refuses one file (empty, of a type not kept, too large, over the account's
// quota), so that a page storing several goes on with the others.
bool refuses_one_file(const AppError& error);

class DossierUploads {
 public:
  explicit DossierUploads(Services& services) : services_(services) {}

  UploadLimits limits();

  // On the caller's own draft. A component not in the dossier's procedure is invalid input; a
  // dossier no longer a draft is a conflict (409).
  StoredFile add(const Principal& who, long long dossier_id, const Upload& upload);
  // A document of the caller's personal store attached to a component of their draft in place of
  // an upload (requirements P7, §13.8): checked and counted like one, and the reuse logged in the
  // store's history. not_found for a document that is not the caller's.
  StoredFile reuse(const Principal& who, long long dossier_id, const std::string& component_id,
                   long long document_id);
  StoredFile replace(const Principal& who, long long dossier_id, long long file_id,
                     const Upload& upload);
  void remove(const Principal& who, long long dossier_id, long long file_id);

  // A supplement answer's files, inside the answering use case's transaction: checked like the
  // others, and counted against the dossier's limit.
  std::vector<StoredFile> store_within(Transaction& tx, const Principal& who,
                                       const core::Dossier& dossier,
                                       const std::vector<Upload>& uploads,
                                       const std::string& purpose);

  // The PNG thumbnail of an image file the viewer may see (owner or an official of the receiving
  // or competent unit; not_found otherwise); nothing for a PDF. Made on first use if missing.
  std::optional<std::string> thumbnail(const User& viewer, long long file_id);

 private:
  using AfterInsert = std::function<void(Transaction&, const core::Dossier&, const StoredFile&)>;
  // add(), running `after` (when set) in the transaction that inserted the file.
  StoredFile add_then(const Principal& who, long long dossier_id, const Upload& upload,
                      const AfterInsert& after);
  struct Prepared {
    std::string sha256;
    std::string content_type;
    std::optional<std::string> thumbnail_sha256;
  };
  Prepared prepare(const Upload& upload, const UploadLimits& limits);
  void check_account_quota(Transaction& tx, const core::Dossier& dossier, const Upload& upload);
  StoredFile insert(Transaction& tx, const Principal& who, const core::Dossier& dossier,
                    const Upload& upload, const Prepared& prepared, const std::string& purpose);
  UploadLimits limits_in(Transaction& tx);
  Services& services_;
};

}  // namespace motcua::app
