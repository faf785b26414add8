#pragma once
// The integration log's seals, signed by a key of the province's keyring kept for that purpose
// alone, as detached CMS that carries its certificate: a seal verifies under the province's root
// however often the key is renewed.
#include <string>

#include "app/ports/clock.hpp"
#include "app/ports/log_sealer.hpp"
#include "printouts/unit_keyring.hpp"

namespace motcua::printouts {

// The keyring entry of the log's key.
inline constexpr const char* kLogSealKey = "nhat-ky-ket-noi";

class KeyringLogSealer final : public app::LogSealer {
 public:
  // The key is issued at the first seal.
  KeyringLogSealer(const UnitKeyring& keyring, const app::Clock& clock)
      : keyring_(keyring), clock_(clock) {}

  std::string seal(const std::string& digest) const override;
  bool verify(const std::string& digest, const std::string& seal) const override;

 private:
  const UnitKeyring& keyring_;
  const app::Clock& clock_;
};

}  // namespace motcua::printouts
