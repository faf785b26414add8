#include "store/sql/parsed_versions.hpp"

#include <nlohmann/json.hpp>

#include "app/procedure_json.hpp"

namespace motcua::store::sql {
namespace {

// Versions a province keeps in force at once, with room for those being edited.
constexpr std::size_t kCapacity = 4096;

}  // namespace

std::optional<core::Procedure> ParsedVersions::find(long long id, const std::string& content_hash) {
  const std::lock_guard lock(mutex_);
  const auto found = entries_.find(id);
  if (found == entries_.end() || found->second.content_hash != content_hash) return std::nullopt;
  return *found->second.procedure;
}

core::Procedure ParsedVersions::get(long long id, const std::string& content_hash,
                                    const std::string& detail) {
  if (auto kept = find(id, content_hash)) return *kept;
  auto procedure = app::procedure_from_json(nlohmann::json::parse(detail));
  procedure.version_id = id;
  auto kept = std::make_shared<const core::Procedure>(procedure);
  const std::lock_guard lock(mutex_);
  if (entries_.size() >= capacity_) entries_.clear();  // rare: a full catalog twice over
  entries_[id] = Entry{content_hash, std::move(kept)};
  return procedure;
}

ParsedVersions& parsed_versions() {
  static ParsedVersions versions(kCapacity);
  return versions;
}

}  // namespace motcua::store::sql
