#pragma once
#include <filesystem>

#include "app/ports/file_store.hpp"

namespace motcua::store::files {

// Content-addressed files under <root>/ab/cd/<sha256>. A file is written to a temporary name,
// flushed, renamed into place and its folder flushed, so that `put` returning means the bytes
// survive a crash; storing the same bytes again changes nothing.
class DiskFileStore final : public app::FileStore {
 public:
  explicit DiskFileStore(std::filesystem::path root);

  std::string put(std::string_view bytes) override;
  std::optional<std::string> get(const std::string& sha256) const override;

 private:
  std::filesystem::path path_of(const std::string& sha256) const;

  std::filesystem::path root_;
};

}  // namespace motcua::store::files
