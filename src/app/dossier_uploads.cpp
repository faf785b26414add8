#include "app/dossier_uploads.hpp"

#include <algorithm>

#include "app/dossier_flow.hpp"
#include "app/errors.hpp"
#include "app/personal_documents.hpp"
#include "app/ports/thumbnailer.hpp"
#include "core/byte_size.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

using core::Status;

void require_applicant(const Principal& who) {
  if (!who.user.has_role(core::Role::citizen) && !who.user.has_role(core::Role::business))
    throw_forbidden();
}

long long setting_or(Transaction& tx, const std::string& key, core::Instant at,
                     long long fallback) {
  const auto text = tx.setting(key, at);
  if (!text) return fallback;
  const auto value = nlohmann::json::parse(*text, nullptr, false);
  return value.is_number_integer() && value.get<long long>() > 0 ? value.get<long long>()
                                                                 : fallback;
}

std::string shown_name(const Upload& upload) {
  const auto name = core::trim(upload.filename);
  return name.empty() ? "(?)" : name.substr(0, 200);
}

[[noreturn]] void refuse(ErrorKind kind, const std::string& code, const std::string& key,
                         std::map<std::string, std::string> params) {
  AppError error(kind, code, "uploads.error." + key, {{"file", "uploads.error." + key + "_short"}});
  error.params = std::move(params);
  throw error;
}

core::Dossier owned_draft(Transaction& tx, const Principal& who, long long id) {
  auto dossier = tx.find_dossier(id);
  if (!dossier || dossier->owner_id != who.user.id) throw_not_found("dossier");
  // Once filed the files are part of the record: only a supplement answer adds to them.
  if (dossier->lifecycle.status != Status::draft)
    throw AppError(ErrorKind::conflict, "not_a_draft", "error.not_a_draft");
  return *dossier;
}

// A draft's components are those of the version in force (see fill_detail).
void require_component(Transaction& tx, const core::Dossier& dossier, const std::string& id,
                       core::Instant now) {
  const auto procedure =
      tx.find_procedure_in_force(dossier.procedure_code, core::to_local(now).date);
  const bool known =
      procedure && std::any_of(procedure->components.begin(), procedure->components.end(),
                               [&](const core::Component& c) { return c.id == id; });
  if (!known) throw_invalid({{"component_id", "error.unknown_component"}});
}

}  // namespace

std::string sniff_content_type(std::string_view bytes) {
  auto starts = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
  if (starts("%PDF-")) return "application/pdf";
  if (starts("\xFF\xD8\xFF")) return "image/jpeg";
  if (starts("\x89PNG\r\n\x1A\n")) return "image/png";
  return "";
}

std::string check_upload(const Upload& upload, const UploadLimits& limits) {
  const auto size = static_cast<long long>(upload.bytes.size());
  const std::map<std::string, std::string> params{
      {"name", shown_name(upload)},
      {"size", core::byte_size_text(size)},
      {"limit", core::byte_size_text(limits.max_file_bytes)}};
  if (size == 0) refuse(ErrorKind::invalid_input, "invalid_input", "empty", params);
  if (size > limits.max_file_bytes)
    refuse(ErrorKind::too_large, "file_too_large", "file_too_large", params);
  // Circular 21/2023/TT-BTTTT Art 5(1)(c) asks the portal to take uploaded photos and documents;
  // it keeps only formats it can store and show safely. The declared type and the extension come
  // from the sender, so only the bytes count.
  auto type = sniff_content_type(upload.bytes);
  if (type.empty()) refuse(ErrorKind::invalid_input, "invalid_input", "type", params);
  return type;
}

bool refuses_one_file(const AppError& error) {
  return error.kind() == ErrorKind::invalid_input || error.kind() == ErrorKind::too_large ||
         error.code() == "quota_exceeded";
}

UploadLimits DossierUploads::limits_in(Transaction& tx) {
  const auto now = services_.clock.now();
  return {setting_or(tx, "uploads.max_file_bytes", now, services_.policy.max_file_bytes),
          setting_or(tx, "uploads.max_dossier_bytes", now, services_.policy.max_dossier_bytes)};
}

UploadLimits DossierUploads::limits() {
  UploadLimits result;
  services_.store.read([&](Transaction& tx) { result = limits_in(tx); });
  return result;
}

// The blob (and its thumbnail) is written before the row: content-addressed, so a retry or a
// failed transaction leaves at worst an unreferenced blob, never a row without bytes.
DossierUploads::Prepared DossierUploads::prepare(const Upload& upload, const UploadLimits& limits) {
  Prepared prepared;
  prepared.content_type = check_upload(upload, limits);
  prepared.sha256 = services_.files.put(upload.bytes);
  if (services_.thumbnailer != nullptr && prepared.content_type != "application/pdf") {
    if (auto png = services_.thumbnailer->thumbnail(upload.bytes, kThumbnailSide))
      prepared.thumbnail_sha256 = services_.files.put(*png);
  }
  return prepared;
}

// The files of all an account's drafts count together, so unfiled drafts cannot fill the disk.
// Refused, the file is not added; the draft itself stays as it was.
void DossierUploads::check_account_quota(Transaction& tx, const core::Dossier& dossier,
                                         const Upload& upload) {
  const auto limit = services_.policy.max_bytes_per_account;
  if (limit <= 0 || dossier.lifecycle.status != Status::draft) return;
  const auto size = static_cast<long long>(upload.bytes.size());
  const auto used = tx.lock_draft_usage(dossier.owner_id).file_bytes;
  if (used + size <= limit) return;
  refuse(ErrorKind::conflict, "quota_exceeded", "account_quota",
         {{"name", shown_name(upload)},
          {"size", core::byte_size_text(size)},
          {"used", core::byte_size_text(used)},
          {"limit", core::byte_size_text(limit)}});
}

StoredFile DossierUploads::insert(Transaction& tx, const Principal& who,
                                  const core::Dossier& dossier, const Upload& upload,
                                  const Prepared& prepared, const std::string& purpose) {
  const auto limits = limits_in(tx);
  const auto size = static_cast<long long>(upload.bytes.size());
  long long used = 0;
  for (const auto& file : tx.list_files(dossier.id)) used += file.size;
  if (used + size > limits.max_dossier_bytes) {
    refuse(ErrorKind::too_large, "dossier_too_large", "dossier_too_large",
           {{"name", shown_name(upload)},
            {"size", core::byte_size_text(size)},
            {"used", core::byte_size_text(used)},
            {"limit", core::byte_size_text(limits.max_dossier_bytes)}});
  }
  check_account_quota(tx, dossier, upload);
  StoredFile file;
  file.dossier_id = dossier.id;
  file.component_id = upload.component_id;
  file.sha256 = prepared.sha256;
  file.size = size;
  file.content_type = prepared.content_type;
  file.original_name = core::trim(upload.filename).substr(0, 200);
  file.uploaded_by = who.user.id;
  file.purpose = purpose;
  file.created_at = services_.clock.now();
  file.id = tx.insert_file(file);
  if (prepared.thumbnail_sha256) tx.put_thumbnail(prepared.sha256, *prepared.thumbnail_sha256);
  return file;
}

StoredFile DossierUploads::add(const Principal& who, long long dossier_id, const Upload& upload) {
  return add_then(who, dossier_id, upload, nullptr);
}

StoredFile DossierUploads::reuse(const Principal& who, long long dossier_id,
                                 const std::string& component_id, long long document_id) {
  require_applicant(who);
  std::optional<PersonalDocument> document;
  services_.store.read([&](Transaction& tx) {
    document = tx.find_personal_document(who.user.id, document_id);
    if (document) document = valid_document(tx, *document, services_.clock.now());
  });
  if (!document) throw_not_found("document");
  const auto bytes = services_.files.get(document->sha256);
  if (!bytes) throw AppError(ErrorKind::unavailable, "file_missing", "error.unavailable");
  return add_then(
      who, dossier_id, {component_id, document->name, *bytes},
      [&](Transaction& tx, const core::Dossier& dossier, const StoredFile&) {
        tx.insert_document_use({who.user.id, document->id, document->name, dossier.id, "",
                                who.user.full_name, "reuse", services_.clock.now()});
      });
}

StoredFile DossierUploads::add_then(const Principal& who, long long dossier_id,
                                    const Upload& upload, const AfterInsert& after) {
  require_applicant(who);
  UploadLimits limits;
  // A check before the bytes are stored, which the write below makes again: it needs no snapshot
  // of its own (on PostgreSQL, two round trips fewer).
  services_.store.glance([&](Transaction& tx) {
    require_component(tx, owned_draft(tx, who, dossier_id), upload.component_id,
                      services_.clock.now());
    limits = limits_in(tx);
  });
  const auto prepared = prepare(upload, limits);
  StoredFile file;
  services_.store.write([&](Transaction& tx) {
    const auto dossier = owned_draft(tx, who, dossier_id);
    file = insert(tx, who, dossier, upload, prepared, "component");
    if (after) after(tx, dossier, file);
  });
  return file;
}

StoredFile DossierUploads::replace(const Principal& who, long long dossier_id, long long file_id,
                                   const Upload& upload) {
  require_applicant(who);
  UploadLimits limits;
  services_.store.glance([&](Transaction& tx) {
    owned_draft(tx, who, dossier_id);
    limits = limits_in(tx);
  });
  const auto prepared = prepare(upload, limits);
  StoredFile file;
  services_.store.write([&](Transaction& tx) {
    const auto dossier = owned_draft(tx, who, dossier_id);
    const auto old = tx.find_file(file_id);
    if (!old || old->dossier_id != dossier.id || old->purpose != "component")
      throw_not_found("file");
    tx.delete_file(file_id);  // first, so the replaced file does not count against the limit
    Upload same_place = upload;
    same_place.component_id = old->component_id;
    file = insert(tx, who, dossier, same_place, prepared, "component");
  });
  return file;
}

void DossierUploads::remove(const Principal& who, long long dossier_id, long long file_id) {
  require_applicant(who);
  services_.store.write([&](Transaction& tx) {
    const auto dossier = owned_draft(tx, who, dossier_id);
    auto file = tx.find_file(file_id);
    if (!file || file->dossier_id != dossier.id) throw_not_found("file");
    tx.delete_file(file_id);
  });
}

std::vector<StoredFile> DossierUploads::store_within(Transaction& tx, const Principal& who,
                                                     const core::Dossier& dossier,
                                                     const std::vector<Upload>& uploads,
                                                     const std::string& purpose) {
  const auto limits = limits_in(tx);
  std::vector<StoredFile> stored;
  for (const auto& upload : uploads) {
    stored.push_back(insert(tx, who, dossier, upload, prepare(upload, limits), purpose));
  }
  return stored;
}

std::optional<std::string> DossierUploads::thumbnail(const User& viewer, long long file_id) {
  std::optional<StoredFile> file;
  std::optional<std::string> known;
  services_.store.read([&](Transaction& tx) {
    file = tx.find_file(file_id);
    if (!file) throw_not_found("file");
    const auto dossier = tx.find_dossier(file->dossier_id);
    if (!dossier || !may_view(viewer, *dossier, tx.list_units())) throw_not_found("file");
    known = tx.find_thumbnail(file->sha256);
  });
  if (file->content_type != "image/jpeg" && file->content_type != "image/png") return std::nullopt;
  if (known) {
    if (auto png = services_.files.get(*known)) return png;
  }
  if (services_.thumbnailer == nullptr) return std::nullopt;
  const auto bytes = services_.files.get(file->sha256);
  if (!bytes) throw_not_found("file");
  auto png = services_.thumbnailer->thumbnail(*bytes, kThumbnailSide);
  if (!png) return std::nullopt;
  const auto sha = services_.files.put(*png);
  services_.store.write([&](Transaction& tx) { tx.put_thumbnail(file->sha256, sha); });
  return png;
}

}  // namespace motcua::app
