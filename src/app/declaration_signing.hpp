#pragma once
// The citizen's digital signature of their declaration through the national eSign gateway before
// filing (requirements P8): the digest of the draft (procedure, answers, files) is signed remotely,
// checked against the signer's key and personal identification number before it is kept, and
// checked again at submission: a draft changed after signing must be signed again before it is
// filed. Signing is the applicant's choice; a dossier filed unsigned stays valid.
#include <optional>
#include <string>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

struct DeclarationState {
  std::optional<DeclarationSignature> signature;
  bool covers =
      false;           // the signed digest is the dossier's as it was filed, or as the draft is now
  bool valid = false;  // the signature checks against the signer's key and number
};

// The digest of the dossier's declaration as it stands in `tx`.
std::string current_declaration_digest(Transaction& tx, const core::Dossier& dossier);

// The signature kept for the dossier and what it is worth now. A filed dossier is judged by the
// digest it was filed with (its files may since have grown by a supplement).
DeclarationState declaration_state(const Services& services, Transaction& tx,
                                   const core::Dossier& dossier);

// At submission: invalid_input {"signature": "error.signature_stale"} when the draft was signed
// and changed since.
void require_signature_covers(Transaction& tx, const core::Dossier& draft);

class DeclarationSigning {
 public:
  explicit DeclarationSigning(Services& services) : services_(services) {}

  bool available() const { return services_.esign != nullptr; }
  // The owner signs their draft as it stands. unavailable without a gateway; invalid_input
  // {"citizen_id"} when the account has no personal identification number; bad_gateway when the
  // gateway refused, could not be reached or returned a signature that does not check. The
  // draft is never changed.
  DeclarationSignature sign(const Principal& who, long long dossier_id);
  // The owner's or an official's view of the signature of a dossier (id of a draft, or code).
  DeclarationState state(const Principal& who, const std::string& id_or_code);

 private:
  Services& services_;
};

}  // namespace motcua::app
