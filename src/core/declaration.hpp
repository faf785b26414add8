#pragma once
// What a citizen signs when they sign their declaration before filing (requirements P8): the
// procedure, the e-form's answers and every attached file, bound in one SHA-256 digest. Any later
// change to the answers or the files changes the digest, and the signature no longer covers the
// dossier: it must be signed again before it is filed.
#include <string>
#include <string_view>
#include <vector>

namespace motcua::core {

// `form_text` is the answers in one canonical serialisation (the caller's: keys sorted, no
// spaces); the order of `file_hashes` does not matter.
std::string declaration_digest(std::string_view procedure_code, std::string_view form_text,
                               std::vector<std::string> file_hashes);

// A signature kept for a draft covers it only while the digest it signed is still the draft's.
inline bool signature_covers(std::string_view signed_digest, std::string_view current_digest) {
  return !signed_digest.empty() && signed_digest == current_digest;
}

}  // namespace motcua::core
