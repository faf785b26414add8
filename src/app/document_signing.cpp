#include "app/document_signing.hpp"

#include <stdexcept>

#include "app/errors.hpp"

namespace motcua::app {
namespace {

// 96 bits: unguessable, and short enough to type from paper.
constexpr std::size_t kIdLength = 16;

const DocumentSigner& signer_of(const Services& services) {
  if (!services.signer)
    throw AppError(ErrorKind::unavailable, "signer_unavailable", "error.unavailable");
  return *services.signer;
}

std::string problem_of(const SignatureCheck& check) {
  if (!check.signed_document) return "not_signed";
  if (!check.intact) return "altered";
  if (!check.whole_file) return "appended";
  if (!check.trusted) return "untrusted";
  return "";
}

void describe(Verification& verification, const SignedDocument& record,
              const std::optional<std::string>& replaced_by) {
  verification.id = record.id;
  verification.signed_by = record.signed_by;
  verification.signed_at = record.signed_at;
  verification.dossier_code = record.dossier_code;
  verification.kind = record.kind;
  verification.replaced_by = replaced_by.value_or("");
}

std::optional<std::string> replacement_of(Transaction& tx, const SignedDocument& record) {
  for (const auto& other : tx.list_signed_documents(record.dossier_id))
    if (other.replaces == record.id) return other.id;
  return std::nullopt;
}

}  // namespace

std::string verification_url(const Policy& policy, const std::string& id) {
  auto base = policy.public_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base + "/xac-thuc/" + id;
}

bool unit_can_sign(const Services& services, const core::Unit& unit) {
  return services.signer != nullptr && services.signer->can_sign(unit.code);
}

SignedBytes sign_document(Services& services, Transaction& tx, const core::Dossier& dossier,
                          const core::Unit& unit, std::string_view pdf, const SigningOrder& order) {
  const auto& signer = signer_of(services);
  if (!signer.can_sign(unit.code))
    throw AppError(ErrorKind::conflict, "signing_key_missing", "error.signing_key_missing");
  SignedBytes out;
  auto& record = out.record;
  record.id = services.crypto.random_token().substr(0, kIdLength);
  record.signed_at = services.clock.now();
  try {
    out.bytes = signer.sign(
        pdf, unit.code,
        {unit.name, dossier.code, verification_url(services.policy, record.id), record.signed_at});
  } catch (const std::invalid_argument&) {
    throw_invalid({{"file", "error.file_unreadable_pdf"}});
  }
  record.dossier_id = dossier.id;
  record.dossier_code = dossier.code;
  record.kind = order.kind;
  record.sha256 = services.files.put(out.bytes);
  record.size = static_cast<long long>(out.bytes.size());
  record.unit_id = unit.id;
  record.signed_by = unit.name;
  record.signer_user_id = order.signer_user_id;
  record.replaces = order.replaces;
  tx.insert_signed_document(record);
  return out;
}

Verification SignatureVerification::by_id(const std::string& id) {
  std::optional<SignedDocument> record;
  std::optional<std::string> replaced_by;
  if (id.size() > 64) throw_not_found("signature");
  services_.store.read([&](Transaction& tx) {
    record = tx.find_signed_document(id);
    if (record) replaced_by = replacement_of(tx, *record);
  });
  if (!record) throw_not_found("signature");
  Verification verification;
  describe(verification, *record, replaced_by);
  verification.sha256 = record->sha256;
  const auto bytes = services_.files.get(record->sha256);
  if (!bytes) {
    verification.problem = "file_missing";
    return verification;
  }
  verification.problem = problem_of(signer_of(services_).check(*bytes));
  verification.valid = verification.problem.empty();
  return verification;
}

Verification SignatureVerification::of_copy(std::string_view bytes) {
  const auto check = signer_of(services_).check(bytes);
  Verification verification;
  verification.sha256 = check.sha256;
  verification.problem = problem_of(check);
  verification.valid = verification.problem.empty();
  verification.signed_by = check.signer;
  verification.signed_at = check.signed_at;
  if (!verification.valid) return verification;
  services_.store.read([&](Transaction& tx) {
    if (auto record = tx.find_signed_document_by_sha256(check.sha256))
      describe(verification, *record, replacement_of(tx, *record));
  });
  return verification;
}

}  // namespace motcua::app
