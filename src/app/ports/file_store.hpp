#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace motcua::app {

// Content-addressed storage of uploaded bytes, outside any served folder.
class FileStore {
 public:
  virtual ~FileStore() = default;
  // Stores the bytes (durably, before returning) and returns their SHA-256 in hex.
  virtual std::string put(std::string_view bytes) = 0;
  virtual std::optional<std::string> get(const std::string& sha256) const = 0;
};

}  // namespace motcua::app
