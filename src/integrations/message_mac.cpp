#include "integrations/message_mac.hpp"

#include "core/sha256.hpp"

namespace motcua::integrations {

std::string mac_over(const std::vector<std::string>& fields, const std::string& secret) {
  std::string joined;
  for (const auto& field : fields) joined += field + "|";
  return core::sha256_hex(joined + secret);
}

bool same_mac(const std::string& expected, const std::string& given) {
  if (expected.size() != given.size()) return false;
  unsigned char difference = 0;
  for (std::size_t i = 0; i < expected.size(); ++i)
    difference |= static_cast<unsigned char>(expected[i] ^ given[i]);
  return difference == 0;
}

}  // namespace motcua::integrations
