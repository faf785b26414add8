#pragma once
// The unit signs what it issues (requirements §13.5; API.md "Signatures and verification"): the
// signed bytes are kept in the FileStore and recorded under a public verification id, printed on
// the document as <public_url>/xac-thuc/<id>. Anyone may check a document: by its id, or by
// uploading a copy, which fails if a byte changed since signing.
#include <optional>
#include <string>
#include <string_view>

#include "app/services.hpp"

namespace motcua::app {

std::string verification_url(const Policy& policy, const std::string& id);

struct SigningOrder {
  std::string kind;  // "result" | "form_01" …
  std::optional<long long> signer_user_id;
  std::string replaces;  // the signed document this one corrects
};

struct SignedBytes {
  std::string bytes;
  SignedDocument record;
};

// Whether the unit holds a key to sign with (false without a signer configured).
bool unit_can_sign(const Services& services, const core::Unit& unit);

// Signs `pdf` with `unit`'s key, keeps and records it inside `tx`. Errors: conflict
// "signing_key_missing" when the unit has no key, invalid_input "file" when the PDF cannot be read.
SignedBytes sign_document(Services& services, Transaction& tx, const core::Dossier& dossier,
                          const core::Unit& unit, std::string_view pdf, const SigningOrder& order);

struct Verification {
  bool valid = false;
  // Why not: "not_signed" | "altered" | "appended" | "untrusted" | "file_missing"; empty if valid.
  std::string problem;
  std::string id;
  std::string sha256;
  std::string signed_by;
  std::optional<core::Instant> signed_at;
  std::string dossier_code;
  std::string kind;
  std::string replaced_by;  // a later correction of this document, if any
};

class SignatureVerification {
 public:
  explicit SignatureVerification(Services& services) : services_(services) {}

  // The kept document with this id, checked again (not_found for an unknown id).
  Verification by_id(const std::string& id);
  // Any uploaded copy: valid only if its signature covers every byte and chains to the root.
  Verification of_copy(std::string_view bytes);

 private:
  Services& services_;
};

}  // namespace motcua::app
