#include "store/files/content_address.hpp"

#include <openssl/evp.h>

#include <stdexcept>

#include "core/sha256.hpp"

namespace motcua::store::files {

// Files can be tens of megabytes and every upload is hashed: OpenSSL's SHA-256 uses the CPU's SHA
// instructions where it has them, several times as fast as libsodium's portable one, which took a
// tenth of the server's time in a run of submissions with two papers.
std::string content_address(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1)
    throw std::runtime_error("files: SHA-256 failed");
  return core::hex_of(digest, length);
}

bool is_content_address(std::string_view name) {
  if (name.size() != 64) return false;
  for (const char c : name) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace motcua::store::files
