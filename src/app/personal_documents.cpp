#include "app/personal_documents.hpp"

#include <map>

#include "app/dossier_flow.hpp"
#include "app/errors.hpp"
#include "core/document_validity.hpp"

namespace motcua::app {
namespace {

bool is_applicant(const User& user) {
  return user.has_role(core::Role::citizen) || user.has_role(core::Role::business);
}

}  // namespace

void add_validity(Transaction& tx, std::vector<PersonalDocument>& documents) {
  std::map<long long, int> months;  // by procedure version
  for (auto& document : documents) {
    if (!document.result) continue;
    const auto version = document.source_version_id;
    if (!months.contains(version)) {
      const auto procedure = tx.find_procedure_version(version);
      months[version] = procedure ? procedure->result_validity_months : 0;
    }
    document.valid_until = core::document_valid_until(document.created_at, months[version]);
  }
}

PersonalDocument valid_document(Transaction& tx, const PersonalDocument& document,
                                core::Instant now) {
  std::vector<PersonalDocument> one{document};
  add_validity(tx, one);
  if (!core::document_valid_at(one.front().valid_until, now))
    throw_invalid({{"document_id", "error.document_expired"}});
  return one.front();
}

std::vector<PersonalDocument> PersonalDocuments::mine(const Principal& who) {
  if (!is_applicant(who.user)) throw_forbidden();
  std::vector<PersonalDocument> documents;
  services_.store.read([&](Transaction& tx) {
    documents = tx.list_personal_documents(who.user.id);
    add_validity(tx, documents);
  });
  return documents;
}

std::vector<PersonalDocument> PersonalDocuments::reusable(const Principal& who) {
  auto documents = mine(who);
  const auto now = services_.clock.now();
  std::erase_if(documents, [&](const PersonalDocument& document) {
    return !core::document_valid_at(document.valid_until, now);
  });
  return documents;
}

std::vector<DocumentUse> PersonalDocuments::uses(const Principal& who) {
  if (!is_applicant(who.user)) throw_forbidden();
  std::vector<DocumentUse> uses;
  services_.store.read(
      [&](Transaction& tx) { uses = tx.list_document_uses(who.user.id, kDocumentUsesShown); });
  return uses;
}

core::Dossier PersonalDocuments::official_view(Transaction& tx, const Principal& who,
                                               const std::string& code) {
  if (is_applicant(who.user)) throw_forbidden();
  const auto dossier = viewable_dossier(tx, who.user, code);
  // A dossier the desk filed for someone without an account belongs to the desk: no store.
  const auto owner = tx.find_user(dossier.owner_id);
  if (!owner || !is_applicant(*owner)) throw_not_found("document");
  return dossier;
}

std::vector<PersonalDocument> PersonalDocuments::of_applicant(const Principal& who,
                                                              const std::string& code) {
  std::vector<PersonalDocument> documents;
  services_.store.read([&](Transaction& tx) {
    documents = tx.list_personal_documents(official_view(tx, who, code).owner_id);
    add_validity(tx, documents);
  });
  return documents;
}

DocumentContent PersonalDocuments::read_for_dossier(const Principal& who, const std::string& code,
                                                    long long document_id) {
  DocumentContent content;
  services_.store.write([&](Transaction& tx) {
    const auto dossier = official_view(tx, who, code);
    const auto document = tx.find_personal_document(dossier.owner_id, document_id);
    if (!document) throw_not_found("document");
    content.document = *document;
    tx.insert_document_use({dossier.owner_id, document->id, document->name, dossier.id,
                            dossier.code, who.user.full_name, "read", services_.clock.now()});
  });
  auto bytes = services_.files.get(content.document.sha256);
  if (!bytes) throw AppError(ErrorKind::unavailable, "file_missing", "error.unavailable");
  content.bytes = std::move(*bytes);
  return content;
}

}  // namespace motcua::app
