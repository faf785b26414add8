#include "app/declaration_signing.hpp"

#include <algorithm>
#include <cctype>

#include "app/bounded_json.hpp"
#include "app/dossier_flow.hpp"
#include "app/errors.hpp"
#include "core/declaration.hpp"

namespace motcua::app {
namespace {

constexpr std::size_t kRequestDigestPrefix = 16;

core::Dossier find_viewable(Transaction& tx, const User& user, const std::string& id_or_code) {
  auto dossier = tx.find_dossier_by_code(id_or_code);
  const bool numeric = !id_or_code.empty() && id_or_code.size() < 18 &&
                       std::all_of(id_or_code.begin(), id_or_code.end(),
                                   [](unsigned char c) { return std::isdigit(c) != 0; });
  if (!dossier && numeric) dossier = tx.find_dossier(std::stoll(id_or_code));
  if (!dossier || !may_view(user, *dossier, tx.list_units())) throw_not_found("dossier");
  return *dossier;
}

std::string document_name(const core::Dossier& dossier) {
  return "Tờ khai " + dossier.procedure_name + " (hồ sơ nháp " + std::to_string(dossier.id) + ")";
}

}  // namespace

std::string current_declaration_digest(Transaction& tx, const core::Dossier& dossier) {
  std::vector<std::string> hashes;
  for (const auto& file : tx.list_files(dossier.id)) hashes.push_back(file.sha256);
  // nlohmann's objects keep their keys sorted: the same answers always give the same text.
  const auto form = parse_bounded_json(dossier.form_json).dump();
  return core::declaration_digest(dossier.procedure_code, form, std::move(hashes));
}

DeclarationState declaration_state(const Services& services, Transaction& tx,
                                   const core::Dossier& dossier) {
  DeclarationState state;
  state.signature = tx.find_declaration_signature(dossier.id);
  if (!state.signature) return state;
  // A filed dossier was checked when it was filed (require_signature_covers).
  state.covers =
      dossier.lifecycle.status != core::Status::draft ||
      core::signature_covers(state.signature->sha256, current_declaration_digest(tx, dossier));
  state.valid = services.esign != nullptr &&
                services.esign->verify(state.signature->signature, state.signature->sha256,
                                       state.signature->signer_id_number);
  return state;
}

void require_signature_covers(Transaction& tx, const core::Dossier& draft) {
  const auto kept = tx.find_declaration_signature(draft.id);
  if (kept && !core::signature_covers(kept->sha256, current_declaration_digest(tx, draft)))
    throw_invalid({{"signature", "error.signature_stale"}});
}

DeclarationSignature DeclarationSigning::sign(const Principal& who, long long dossier_id) {
  if (services_.esign == nullptr)
    throw AppError(ErrorKind::unavailable, "esign_unavailable", "error.esign_unavailable");
  DeclarationSignature kept;
  SignatureRequest request;
  services_.store.read([&](Transaction& tx) {
    const auto dossier = tx.find_dossier(dossier_id);
    if (!dossier || dossier->owner_id != who.user.id) throw_not_found("dossier");
    if (dossier->lifecycle.status != core::Status::draft)
      throw AppError(ErrorKind::conflict, "not_a_draft", "error.not_a_draft");
    if (who.user.citizen_id.empty()) throw_invalid({{"citizen_id", "error.esign_citizen_id"}});
    kept.sha256 = current_declaration_digest(tx, *dossier);
    request = {
        "decl-" + std::to_string(dossier->id) + "-" + kept.sha256.substr(0, kRequestDigestPrefix),
        who.user.citizen_id, who.user.full_name, document_name(*dossier), kept.sha256};
  });
  // The gateway is asked outside any transaction: a person may take a while to confirm.
  std::string why;
  auto signature = services_.esign->sign(request, why);
  if (!signature || !services_.esign->verify(*signature, kept.sha256, who.user.citizen_id))
    throw AppError(ErrorKind::bad_gateway, "esign_failed", "error.esign_failed");
  kept.dossier_id = dossier_id;
  kept.signature = std::move(*signature);
  kept.signer_id_number = who.user.citizen_id;
  kept.signer_name = who.user.full_name;
  kept.signed_at = services_.clock.now();
  services_.store.write([&](Transaction& tx) {
    // Kept only if the draft did not change while the gateway was asked.
    const auto dossier = tx.find_dossier(dossier_id);
    if (!dossier || dossier->lifecycle.status != core::Status::draft ||
        current_declaration_digest(tx, *dossier) != kept.sha256)
      throw AppError(ErrorKind::conflict, "draft_changed", "error.signature_stale");
    tx.put_declaration_signature(kept);
  });
  return kept;
}

DeclarationState DeclarationSigning::state(const Principal& who, const std::string& id_or_code) {
  DeclarationState result;
  services_.store.read([&](Transaction& tx) {
    result = declaration_state(services_, tx, find_viewable(tx, who.user, id_or_code));
  });
  return result;
}

}  // namespace motcua::app
