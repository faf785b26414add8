#pragma once
// Procedure versions are never rewritten (a change makes a new version), yet filing one dossier
// reads its version at each step, and parsing the JSON was the largest part of a submission. The
// parsed form is kept per process by id, with the content hash of the text it came from: a row
// that differs (another database in the same process, a restored backup) is parsed again, never
// served stale, and a reader that has the hash need not fetch the text at all.
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/procedure.hpp"

namespace motcua::store::sql {

class ParsedVersions {
 public:
  explicit ParsedVersions(std::size_t capacity) : capacity_(capacity) {}
  // The procedure of version `id` whose stored JSON, of SHA-256 `content_hash`, is `detail`.
  core::Procedure get(long long id, const std::string& content_hash, const std::string& detail);
  // The same when it was parsed before, else nothing.
  std::optional<core::Procedure> find(long long id, const std::string& content_hash);

 private:
  struct Entry {
    std::string content_hash;
    std::shared_ptr<const core::Procedure> procedure;
  };
  const std::size_t capacity_;
  std::mutex mutex_;
  std::unordered_map<long long, Entry> entries_;
};

// The process's cache, shared by every store it opens.
ParsedVersions& parsed_versions();

}  // namespace motcua::store::sql
