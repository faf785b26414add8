// The documents units signed, found by their public verification id or by the hash of a copy.
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {
namespace {

constexpr const char* kColumns =
    "SELECT s.id, s.dossier_id, d.code, s.kind, s.sha256, s.size, s.unit_id, s.signed_by, "
    "s.signer_user_id, s.signed_at, s.replaces FROM signed_documents s "
    "JOIN dossiers d ON d.id = s.dossier_id ";

app::SignedDocument signed_from(const Row& row) {
  app::SignedDocument document;
  document.id = row.text(0);
  document.dossier_id = row.integer(1);
  document.dossier_code = row.text(2);
  document.kind = row.text(3);
  document.sha256 = row.text(4);
  document.size = row.integer(5);
  document.unit_id = row.integer(6);
  document.signed_by = row.text(7);
  document.signer_user_id = row.opt_integer(8);
  document.signed_at = row.instant(9);
  document.replaces = row.is_null(10) ? "" : row.text(10);
  return document;
}

std::optional<app::SignedDocument> first(const std::vector<Row>& rows) {
  if (rows.empty()) return std::nullopt;
  return signed_from(rows.front());
}

}  // namespace

void SqlTransaction::insert_signed_document(const app::SignedDocument& document) {
  const std::optional<std::string> replaces =
      document.replaces.empty() ? std::nullopt : std::optional<std::string>(document.replaces);
  db_.exec(
      "INSERT INTO signed_documents (id, dossier_id, kind, sha256, size, unit_id, signed_by, "
      "signer_user_id, signed_at, replaces) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      {document.id, document.dossier_id, document.kind, document.sha256, document.size,
       document.unit_id, document.signed_by, document.signer_user_id, document.signed_at,
       replaces});
}

std::optional<app::SignedDocument> SqlTransaction::find_signed_document(const std::string& id) {
  return first(db_.query(std::string(kColumns) + "WHERE s.id = $1", {id}));
}

std::optional<app::SignedDocument> SqlTransaction::find_signed_document_by_sha256(
    const std::string& sha256) {
  return first(db_.query(
      std::string(kColumns) + "WHERE s.sha256 = $1 ORDER BY s.signed_at DESC, s.id LIMIT 1",
      {sha256}));
}

std::vector<app::SignedDocument> SqlTransaction::list_signed_documents(long long dossier_id) {
  std::vector<app::SignedDocument> documents;
  for (const auto& row :
       db_.query(std::string(kColumns) + "WHERE s.dossier_id = $1 ORDER BY s.signed_at, s.id",
                 {dossier_id}))
    documents.push_back(signed_from(row));
  return documents;
}

}  // namespace motcua::store::sql
