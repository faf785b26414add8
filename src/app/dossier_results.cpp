#include "app/dossier_results.hpp"

#include "app/dossier_flow.hpp"
#include "app/errors.hpp"
#include "app/notifications.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

constexpr std::size_t kMaxNameBytes = 200;

std::string clean_name(const std::string& filename) {
  auto name = core::trim(filename);
  const auto slash = name.find_last_of("/\\");
  if (slash != std::string::npos) name = name.substr(slash + 1);
  if (name.empty() || !core::is_valid_utf8(name) || name.size() > kMaxNameBytes)
    name = "ket-qua.pdf";
  return name;
}

}  // namespace

bool accepts_results(core::Status status) {
  return status == core::Status::resolved || status == core::Status::returned;
}

std::vector<StoredFile> result_files(const std::vector<StoredFile>& files) {
  std::vector<StoredFile> results;
  for (const auto& file : files) {
    if (file.purpose == kResultPurpose) results.push_back(file);
  }
  return results;
}

StoredFile DossierResults::attach(const Principal& who, const std::string& code,
                                  const Upload& upload) {
  if (upload.bytes.empty()) throw_invalid({{"file", "error.file_empty"}});
  if (static_cast<long long>(upload.bytes.size()) > services_.policy.max_file_bytes)
    throw AppError(ErrorKind::too_large, "file_too_large", "error.file_too_large");
  // Results are documents to keep and print: PDF only, judged by content, never by name.
  if (sniff_content_type(upload.bytes) != "application/pdf")
    throw_invalid({{"file", "error.file_type"}});
  StoredFile file;
  services_.store.write([&](Transaction& tx) {
    auto dossier = tx.find_dossier_by_code(code);
    const auto units = tx.list_units();
    if (!dossier || !may_view(who.user, *dossier, units)) throw_not_found("dossier");
    const bool agency = who.user.is_official() &&
                        (official_serves_side(who.user, *dossier, core::Side::reception, units) ||
                         official_serves_side(who.user, *dossier, core::Side::processing, units));
    if (!agency) throw_forbidden();
    if (!accepts_results(dossier->lifecycle.status))
      throw AppError(ErrorKind::conflict, "transition_not_allowed", "error.transition_not_allowed");
    file.dossier_id = dossier->id;
    file.component_id = "";
    file.sha256 = services_.files.put(upload.bytes);
    file.size = static_cast<long long>(upload.bytes.size());
    file.content_type = "application/pdf";
    file.original_name = clean_name(upload.filename);
    file.uploaded_by = who.user.id;
    file.purpose = kResultPurpose;
    file.created_at = services_.clock.now();
    file.id = tx.insert_file(file);
    notify_owner(tx, *dossier, kNoticeResult, file.created_at);
  });
  return file;
}

std::vector<StoredFile> DossierResults::list(const Principal& who, const std::string& code) {
  std::vector<StoredFile> files;
  services_.store.read([&](Transaction& tx) {
    auto dossier = tx.find_dossier_by_code(code);
    if (!dossier || !may_view(who.user, *dossier, tx.list_units())) throw_not_found("dossier");
    files = result_files(tx.list_files(dossier->id));
  });
  return files;
}

}  // namespace motcua::app
