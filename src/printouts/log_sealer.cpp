#include "printouts/log_sealer.hpp"

#include <openssl/err.h>

#include "printouts/cms.hpp"

namespace motcua::printouts {
namespace {

constexpr std::size_t kMaxSealBytes = 64 * 1024;

std::string to_base64(const std::string& bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
  const int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                      reinterpret_cast<const unsigned char*>(bytes.data()),
                                      static_cast<int>(bytes.size()));
  out.resize(static_cast<std::size_t>(written));
  return out;
}

// The DER, or "" for text that is not base64 (the padding's zero bytes follow the DER, which
// carries its own length).
std::string from_base64(const std::string& text) {
  if (text.empty() || text.size() % 4 != 0 || text.size() > kMaxSealBytes) return "";
  std::string out(3 * text.size() / 4, '\0');
  const int written = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                      reinterpret_cast<const unsigned char*>(text.data()),
                                      static_cast<int>(text.size()));
  if (written < 0) {
    ERR_clear_error();
    return "";
  }
  return out;
}

}  // namespace

std::string KeyringLogSealer::seal(const std::string& digest) const {
  if (!keyring_.has(kLogSealKey)) keyring_.issue(kLogSealKey, "Nhật ký kết nối", clock_.now());
  const auto credentials = keyring_.load(kLogSealKey);
  const auto root = keyring_.root();
  return to_base64(cms_signature(digest, credentials, root.get()));
}

bool KeyringLogSealer::verify(const std::string& digest, const std::string& seal) const {
  const auto der = from_base64(seal);
  if (der.empty()) return false;
  const auto* cursor = reinterpret_cast<const unsigned char*>(der.data());
  CmsHandle cms(d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(der.size())));
  if (!cms) {
    ERR_clear_error();
    return false;
  }
  const auto root = keyring_.root();
  if (!root) return false;
  const auto store = trust_store(root.get());
  return cms_verifies(cms.get(), digest, store.get(), CMS_BINARY);
}

}  // namespace motcua::printouts
