#pragma once
#include <filesystem>
#include <mutex>
#include <set>
#include <string>

#include "app/ports/file_store.hpp"

namespace motcua::store::files {

// Content-addressed files under <root>/ab/cd/<sha256>. A file is written to a temporary name,
// flushed, renamed into place and its folder flushed, so that `put` returning means the bytes
// survive a crash; storing the same bytes again changes nothing. The two levels of folders above
// it are flushed once per process (the first level when the store opens, a second-level folder
// when it is first used): after that their entries are known to be on disk.
class DiskFileStore final : public app::FileStore {
 public:
  explicit DiskFileStore(std::filesystem::path root);

  std::string put(std::string_view bytes) override;
  std::optional<std::string> get(const std::string& sha256) const override;

 private:
  std::filesystem::path path_of(const std::string& sha256) const;
  void write_flushed(const std::filesystem::path& temporary, const std::string& folder,
                     std::string_view bytes);
  static std::string folder_name(const std::filesystem::path& dir);  // "ab/cd"
  // Whether this process made the folder and its entry durable already.
  bool is_durable(const std::string& folder);
  void forget_durable(const std::string& folder);

  std::filesystem::path root_;
  std::mutex durable_mutex_;
  std::set<std::string> durable_folders_;  // at most 65,536 names of five characters
};

}  // namespace motcua::store::files
