#pragma once
#include "app/ports/crypto.hpp"

namespace motcua::security {

// libsodium: argon2id at the INTERACTIVE limits (~90 ms, 64 MiB) and randombytes_buf tokens.
class SodiumCrypto final : public app::Crypto {
 public:
  SodiumCrypto();  // initialises libsodium; throws if it cannot
  std::string hash_password(std::string_view password) const override;
  bool verify_password(std::string_view password, const std::string& hash) const override;
  std::string random_token() const override;
};

}  // namespace motcua::security
