#pragma once
// The signature a citizen put on their declaration through eSign, one per dossier: signing again
// replaces it.
#include <optional>
#include <string>

#include "app/ports/remote_signer.hpp"
#include "core/time.hpp"

namespace motcua::app {

struct DeclarationSignature {
  long long dossier_id = 0;
  std::string sha256;  // the declaration's digest that was signed
  RemoteSignature signature;
  std::string signer_id_number;
  std::string signer_name;
  core::Instant signed_at{};
};

class DeclarationRepository {
 public:
  virtual ~DeclarationRepository() = default;
  virtual void put_declaration_signature(const DeclarationSignature& signature) = 0;
  virtual std::optional<DeclarationSignature> find_declaration_signature(long long dossier_id) = 0;
};

}  // namespace motcua::app
