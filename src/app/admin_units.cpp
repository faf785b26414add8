#include "app/admin_units.hpp"

#include <stdexcept>

#include "app/admin_unit_file.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

using nlohmann::json;

std::string part_text(const json& address, const char* part) {
  if (!address.is_object() || !address.contains(part) || !address.at(part).is_string()) return "";
  return core::trim(address.at(part).get<std::string>());
}

}  // namespace

std::vector<core::AdminUnit> admin_units_from_json(const std::string& text) {
  auto file = read_admin_unit_file(text);
  if (!file.problems.empty()) {
    const auto& [field, key] = *file.problems.begin();
    throw std::invalid_argument("administrative-unit file: " + field + " " + key);
  }
  return std::move(file.units);
}

int load_admin_units(Services& services, const std::string& json_text) {
  const auto units = admin_units_from_json(json_text);
  services.store.write([&](Transaction& tx) {
    for (const auto& unit : units) {
      if (!tx.find_admin_unit(unit.code)) tx.upsert_admin_unit(unit);
    }
  });
  return static_cast<int>(units.size());
}

std::vector<core::AdminUnit> AdminUnits::children(const std::string& parent_code) {
  std::vector<core::AdminUnit> units;
  services_.store.read([&](Transaction& tx) { units = tx.list_admin_units(parent_code); });
  return units;
}

std::optional<core::AdminUnit> AdminUnits::find(const std::string& code) {
  std::optional<core::AdminUnit> unit;
  services_.store.read([&](Transaction& tx) { unit = tx.find_admin_unit(code); });
  return unit;
}

AddressChoices AdminUnits::choices(const std::set<std::string>& province_codes) {
  AddressChoices out;
  services_.store.read([&](Transaction& tx) {
    out.provinces = tx.list_admin_units("");
    for (const auto& province : out.provinces) out.names[province.code] = province.name;
    for (const auto& code : province_codes) {
      if (out.names.count(code) == 0) continue;  // not a province: nothing to offer
      auto communes = tx.list_admin_units(code);
      for (const auto& commune : communes) out.names[commune.code] = commune.name;
      out.communes[code] = std::move(communes);
    }
  });
  return out;
}

core::FieldErrors check_address_units(Transaction& tx, const std::vector<core::FormField>& fields,
                                      const core::FormValues& values) {
  core::FieldErrors errors;
  for (const auto& field : fields) {
    if (field.type != core::FieldType::address || !core::is_field_visible(field, values)) continue;
    const auto found = values.find(field.name);
    if (found == values.end() || found->second.parts.empty()) continue;
    const auto& parts = found->second.parts;
    const auto province =
        parts.count(core::kAddressProvince) ? core::trim(parts.at(core::kAddressProvince)) : "";
    const auto commune =
        parts.count(core::kAddressCommune) ? core::trim(parts.at(core::kAddressCommune)) : "";
    if (province.empty() || commune.empty()) continue;  // core reports what is missing
    const auto unit = tx.find_admin_unit(province);
    if (!unit || !core::is_province_tier(unit->kind)) {
      errors[field.name + "." + core::kAddressProvince] = "eform.error.address_unit";
      continue;
    }
    const auto child = tx.find_admin_unit(commune);
    if (!child || child->parent_code != province)
      errors[field.name + "." + core::kAddressCommune] = "eform.error.address_unit";
  }
  return errors;
}

std::string address_in_words(const json& address, const std::map<std::string, std::string>& names) {
  if (address.is_string()) return address.get<std::string>();
  std::string words = part_text(address, core::kAddressStreet);
  for (const char* part : {core::kAddressCommune, core::kAddressProvince}) {
    const auto code = part_text(address, part);
    if (code.empty()) continue;
    const auto found = names.find(code);
    const auto name = found != names.end() ? found->second : code;
    words += (words.empty() ? "" : ", ") + name;
  }
  return words;
}

void describe_addresses(Transaction& tx, const std::vector<core::FormField>& fields, json& form) {
  if (!form.is_object()) return;
  for (const auto& field : fields) {
    if (field.type != core::FieldType::address || !form.contains(field.name)) continue;
    auto& address = form[field.name];
    if (!address.is_object()) continue;
    std::map<std::string, std::string> names;
    for (const char* part : {core::kAddressCommune, core::kAddressProvince}) {
      const auto code = part_text(address, part);
      if (code.empty()) continue;
      if (auto unit = tx.find_admin_unit(code)) names[code] = unit->name;
    }
    address["text"] = address_in_words(address, names);
  }
}

std::set<std::string> chosen_provinces(const std::vector<core::FormField>& fields,
                                       const json& form) {
  std::set<std::string> codes;
  if (!form.is_object()) return codes;
  for (const auto& field : fields) {
    if (field.type != core::FieldType::address || !form.contains(field.name)) continue;
    const auto code = part_text(form.at(field.name), core::kAddressProvince);
    if (!code.empty()) codes.insert(code);
  }
  return codes;
}

}  // namespace motcua::app
