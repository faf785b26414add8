#include "store/files/content_address.hpp"

#include <sodium.h>

namespace motcua::store::files {

// Files can be tens of megabytes: libsodium's SHA-256 is the tuned one (core's serves short texts).
std::string content_address(std::string_view bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

bool is_content_address(std::string_view name) {
  if (name.size() != crypto_hash_sha256_BYTES * 2) return false;
  for (const char c : name) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace motcua::store::files
