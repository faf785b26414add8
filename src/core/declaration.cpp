#include "core/declaration.hpp"

#include <algorithm>

#include "core/sha256.hpp"

namespace motcua::core {

std::string declaration_digest(std::string_view procedure_code, std::string_view form_text,
                               std::vector<std::string> file_hashes) {
  std::sort(file_hashes.begin(), file_hashes.end());
  // Each part prefixed by its length, after a version tag: no part can run into the next, and a
  // later layout cannot collide with this one.
  std::string text = "declaration/1\n";
  const auto part = [&text](std::string_view value) {
    text.append(std::to_string(value.size())).append(":").append(value).append("\n");
  };
  part(procedure_code);
  part(form_text);
  for (const auto& hash : file_hashes) part(hash);
  return sha256_hex(text);
}

}  // namespace motcua::core
