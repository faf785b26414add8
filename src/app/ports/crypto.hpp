#pragma once
#include <string>
#include <string_view>

namespace motcua::app {

// Password hashing and random tokens. Hashing is slow on purpose (argon2id): call it from the
// worker pool, never from an I/O thread.
class Crypto {
 public:
  virtual ~Crypto() = default;
  virtual std::string hash_password(std::string_view password) const = 0;
  virtual bool verify_password(std::string_view password, const std::string& hash) const = 0;
  virtual std::string random_token() const = 0;  // 256 bits, URL-safe
};

}  // namespace motcua::app
