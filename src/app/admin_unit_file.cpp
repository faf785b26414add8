#include "app/admin_unit_file.hpp"

#include <algorithm>
#include <set>

#include "app/bounded_json.hpp"
#include "core/admin_unit_rules.hpp"

namespace motcua::app {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxProblems = 50;

std::string entry_field(std::size_t index, const std::string& field) {
  return "units[" + std::to_string(index) + "]." + field;
}

std::optional<std::string> text_member(const json& entry, const char* name) {
  const auto found = entry.find(name);
  if (found == entry.end() || !found->is_string()) return std::nullopt;
  return found->get<std::string>();
}

class FileReader {
 public:
  FileReader(AdminUnitFile& out, const StoredAdminUnits& stored) : out_(out), stored_(stored) {}

  void read(const json& entries) {
    for (std::size_t i = 0; i < entries.size(); ++i) read_entry(i, entries[i]);
    for (std::size_t i = 0; i < out_.units.size(); ++i) check(i);
  }

 private:
  void problem(const std::string& field, const std::string& key) {
    if (out_.problems.size() < kMaxProblems) out_.problems.emplace(field, key);
  }

  void read_entry(std::size_t index, const json& entry) {
    core::AdminUnit unit;
    unit.position = static_cast<int>(index) + 1;
    if (!entry.is_object()) {
      problem(entry_field(index, "code"), "error.form_shape");
    } else {
      unit.code = text_member(entry, "code").value_or("");
      unit.name = text_member(entry, "name").value_or("");
      unit.parent_code = text_member(entry, "parent").value_or("");
      const auto kind = core::parse_admin_unit_kind(text_member(entry, "kind").value_or(""));
      if (!kind) problem(entry_field(index, "kind"), "error.admin_unit_kind");
      unit.kind = kind.value_or(unit.parent_code.empty() ? core::AdminUnitKind::province
                                                         : core::AdminUnitKind::commune);
      if (const auto position = entry.find("position"); position != entry.end()) {
        if (position->is_number_integer() && position->get<long long>() >= 0 &&
            position->get<long long>() <= 1'000'000)
          unit.position = position->get<int>();
        else
          problem(entry_field(index, "position"), "error.form_shape");
      }
    }
    if (!codes_.emplace(unit.code, out_.units.size()).second)
      problem(entry_field(index, "code"), "error.admin_unit_duplicate");
    if (!unit.parent_code.empty()) parents_.insert(unit.parent_code);
    out_.units.push_back(std::move(unit));
  }

  std::optional<core::AdminUnit> find(const std::string& code) const {
    if (code.empty()) return std::nullopt;
    if (const auto in_file = codes_.find(code); in_file != codes_.end())
      return out_.units[in_file->second];
    return stored_.find ? stored_.find(code) : std::nullopt;
  }

  void check(std::size_t index) {
    const auto& unit = out_.units[index];
    const bool has_units =
        parents_.count(unit.code) > 0 || (stored_.has_units && stored_.has_units(unit.code));
    for (const auto& [field, key] :
         core::admin_unit_problems(unit, find(unit.parent_code), has_units))
      problem(entry_field(index, field), key);
  }

  AdminUnitFile& out_;
  const StoredAdminUnits& stored_;
  std::map<std::string, std::size_t> codes_;  // code → index of its first entry
  std::set<std::string> parents_;
};

}  // namespace

AdminUnitFile read_admin_unit_file(std::string_view text, const StoredAdminUnits& stored) {
  AdminUnitFile out;
  const auto document = parse_bounded_json(text);
  const json* entries = nullptr;
  if (document.is_object()) {
    const auto found = document.find("units");
    if (found != document.end() && found->is_array()) entries = &*found;
  }
  if (entries == nullptr) {
    out.problems.emplace("file", "error.admin_unit_file");
  } else if (entries->empty() || entries->size() > kMaxAdminUnitsPerFile) {
    out.problems.emplace("file", "error.admin_unit_file_size");
  } else {
    FileReader(out, stored).read(*entries);
  }
  std::stable_partition(out.units.begin(), out.units.end(),
                        [](const core::AdminUnit& unit) { return unit.parent_code.empty(); });
  return out;
}

}  // namespace motcua::app
