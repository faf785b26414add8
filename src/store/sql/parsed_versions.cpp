#include "store/sql/parsed_versions.hpp"

#include <nlohmann/json.hpp>

#include "app/procedure_json.hpp"

namespace motcua::store::sql {
namespace {

// Versions a province keeps in force at once, with room for those being edited.
constexpr std::size_t kCapacity = 4096;

}  // namespace

core::Procedure ParsedVersions::get(long long id, std::string detail) {
  {
    const std::lock_guard lock(mutex_);
    const auto found = entries_.find(id);
    if (found != entries_.end() && found->second.detail == detail) return *found->second.procedure;
  }
  auto procedure = app::procedure_from_json(nlohmann::json::parse(detail));
  procedure.version_id = id;
  auto kept = std::make_shared<const core::Procedure>(procedure);
  const std::lock_guard lock(mutex_);
  if (entries_.size() >= capacity_) entries_.clear();  // rare: a full catalog twice over
  entries_[id] = Entry{std::move(detail), std::move(kept)};
  return procedure;
}

ParsedVersions& parsed_versions() {
  static ParsedVersions versions(kCapacity);
  return versions;
}

}  // namespace motcua::store::sql
