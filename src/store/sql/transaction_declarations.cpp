// The citizens' signatures of their declarations, one per dossier: signing again replaces it.
#include "store/sql/mapping.hpp"
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {

void SqlTransaction::put_declaration_signature(const app::DeclarationSignature& s) {
  db_.exec(
      "INSERT INTO declaration_signatures (dossier_id, sha256, signature, certificate, "
      "gateway_signed_at, signer_id_number, signer_name, signed_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (dossier_id) DO UPDATE SET "
      "sha256 = excluded.sha256, signature = excluded.signature, "
      "certificate = excluded.certificate, gateway_signed_at = excluded.gateway_signed_at, "
      "signer_id_number = excluded.signer_id_number, signer_name = excluded.signer_name, "
      "signed_at = excluded.signed_at",
      {s.dossier_id, s.sha256, s.signature.signature, s.signature.certificate,
       s.signature.signed_at, s.signer_id_number, s.signer_name, s.signed_at});
  kept_signatures_.erase(s.dossier_id);
}

std::optional<app::DeclarationSignature> SqlTransaction::find_declaration_signature(
    long long dossier_id) {
  if (const auto kept = kept_signatures_.find(dossier_id); kept != kept_signatures_.end())
    return kept->second;
  const auto rows = db_.query(kDeclarationSignatureSelect, {dossier_id});
  if (rows.empty()) return std::nullopt;
  return declaration_signature_from(rows.front());
}

}  // namespace motcua::store::sql
