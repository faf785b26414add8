// The personal document store, read from the files of the owner's filed dossiers: each content
// once, under the file that first brought it, with how often it was used.
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {
namespace {

// $1 is the owner. A draft's files are not yet the citizen's record; each content is shown once,
// under its earliest file.
constexpr const char* kDocuments =
    "SELECT f.id, f.original_name, f.sha256, f.content_type, f.size, d.code, f.component_id, "
    "f.purpose, f.created_at, "
    "(SELECT COUNT(*) FROM document_uses u WHERE u.document_id = f.id), d.procedure_version_id "
    "FROM files f JOIN dossiers d ON d.id = f.dossier_id "
    "WHERE d.owner_id = $1 AND d.status <> 0 AND f.id = (SELECT MIN(f2.id) FROM files f2 "
    "JOIN dossiers d2 ON d2.id = f2.dossier_id "
    "WHERE d2.owner_id = $1 AND d2.status <> 0 AND f2.sha256 = f.sha256)";

app::PersonalDocument document_from(const Row& row) {
  app::PersonalDocument document;
  document.id = row.integer(0);
  document.name = row.text(1);
  document.sha256 = row.text(2);
  document.content_type = row.text(3);
  document.size = row.integer(4);
  document.source_dossier = row.text(5);
  document.component_id = row.text(6);
  document.result = row.text(7) == "result";
  document.created_at = row.instant(8);
  document.uses = row.integer(9);
  document.source_version_id = row.integer(10);
  return document;
}

}  // namespace

std::vector<app::PersonalDocument> SqlTransaction::list_personal_documents(long long owner_id) {
  std::vector<app::PersonalDocument> documents;
  for (const auto& row :
       db_.query(std::string(kDocuments) + " ORDER BY f.created_at DESC, f.id DESC", {owner_id}))
    documents.push_back(document_from(row));
  return documents;
}

std::optional<app::PersonalDocument> SqlTransaction::find_personal_document(long long owner_id,
                                                                            long long document_id) {
  const auto rows = db_.query(std::string(kDocuments) + " AND f.id = $2", {owner_id, document_id});
  if (rows.empty()) return std::nullopt;
  return document_from(rows.front());
}

void SqlTransaction::insert_document_use(const app::DocumentUse& use) {
  db_.exec(
      "INSERT INTO document_uses (owner_id, document_id, document_name, dossier_id, actor, "
      "kind, at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {use.owner_id, use.document_id, use.document_name, use.dossier_id, use.actor, use.kind,
       use.at});
}

std::vector<app::DocumentUse> SqlTransaction::list_document_uses(long long owner_id, int limit) {
  std::vector<app::DocumentUse> uses;
  for (const auto& row :
       db_.query("SELECT u.owner_id, u.document_id, u.document_name, u.dossier_id, "
                 "COALESCE(d.code, ''), u.actor, u.kind, u.at FROM document_uses u "
                 "LEFT JOIN dossiers d ON d.id = u.dossier_id "
                 "WHERE u.owner_id = $1 ORDER BY u.at DESC, u.id DESC LIMIT $2",
                 {owner_id, limit})) {
    uses.push_back({row.integer(0), row.integer(1), row.text(2), row.integer(3), row.text(4),
                    row.text(5), row.text(6), row.instant(7)});
  }
  return uses;
}

}  // namespace motcua::store::sql
