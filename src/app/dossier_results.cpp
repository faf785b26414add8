#include "app/dossier_results.hpp"

#include "app/document_signing.hpp"
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

void check_result_upload(const Upload& upload, const Policy& policy) {
  if (upload.bytes.empty()) throw_invalid({{"file", "error.file_empty"}});
  if (static_cast<long long>(upload.bytes.size()) > policy.max_file_bytes)
    throw AppError(ErrorKind::too_large, "file_too_large", "error.file_too_large");
  // Results are documents to keep and print: PDF only, judged by content, never by name.
  if (sniff_content_type(upload.bytes) != "application/pdf")
    throw_invalid({{"file", "error.file_type"}});
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

AttachedResult DossierResults::attach(const Principal& who, const std::string& code,
                                      const Upload& upload, const ResultOptions& options) {
  check_result_upload(upload, services_.policy);
  AttachedResult result;
  auto& file = result.file;
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
    if (options.sign) {
      result.signature = sign_result(tx, *dossier, who, upload, options.replaces);
      file.sha256 = result.signature->sha256;
      file.size = result.signature->size;
    } else {
      file.sha256 = services_.files.put(upload.bytes);
      file.size = static_cast<long long>(upload.bytes.size());
    }
    file.content_type = "application/pdf";
    file.original_name = clean_name(upload.filename);
    file.uploaded_by = who.user.id;
    file.purpose = kResultPurpose;
    file.created_at = services_.clock.now();
    file.id = tx.insert_file(file);
    notify_owner(tx, *dossier, kNoticeResult, file.created_at);
  });
  return result;
}

SignedDocument DossierResults::sign_result(Transaction& tx, const core::Dossier& dossier,
                                           const Principal& who, const Upload& upload,
                                           const std::string& replaces) {
  if (!replaces.empty()) {
    const auto earlier = tx.find_signed_document(replaces);
    if (!earlier || earlier->dossier_id != dossier.id || earlier->kind != kResultPurpose)
      throw_invalid({{"replaces", "error.signed_result_unknown"}});
  }
  const auto unit = tx.find_unit(dossier.competent_unit_id).value();
  return sign_document(services_, tx, dossier, unit, upload.bytes,
                       {kResultPurpose, who.user.id, replaces})
      .record;
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
