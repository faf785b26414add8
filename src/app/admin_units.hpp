#pragma once
// The administrative-unit catalog that e-form addresses are chosen from (requirements P6, B6):
// the 34 provinces and centrally-run cities of Resolution 202/2025/QH15 and their communes, wards
// and special zones. Loaded from data files at start; read by the form, the API and validation.
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/services.hpp"
#include "core/admin_unit.hpp"
#include "core/form.hpp"

namespace motcua::app {

// A catalog file (app/admin_unit_file) checked against itself alone. Throws
// std::invalid_argument naming the first problem.
std::vector<core::AdminUnit> admin_units_from_json(const std::string& text);

// Adds the file's units the store lacks, in one transaction, and returns how many the file holds.
// The data folder's files are loaded so at every start: what administrators renamed or imported
// since stays as they left it.
int load_admin_units(Services& services, const std::string& json_text);

// The provinces, and the communes of the provinces an open form has chosen.
struct AddressChoices {
  std::vector<core::AdminUnit> provinces;
  std::map<std::string, std::vector<core::AdminUnit>> communes;  // province code → communes
  std::map<std::string, std::string> names;                      // code → name, for the words
};

class AdminUnits {
 public:
  explicit AdminUnits(Services& services) : services_(services) {}

  // The units under `parent_code`; the province tier for "". An unknown parent gives none.
  std::vector<core::AdminUnit> children(const std::string& parent_code);
  std::optional<core::AdminUnit> find(const std::string& code);
  AddressChoices choices(const std::set<std::string>& province_codes);

 private:
  Services& services_;
};

// Each visible address whose province is not in the catalog, or whose commune does not lie in
// its province, as "name.province" / "name.commune" → "eform.error.address_unit".
core::FieldErrors check_address_units(Transaction& tx, const std::vector<core::FormField>& fields,
                                      const core::FormValues& values);

// Adds "text" to each address object of `form`: the address in words, street first, as the
// officials and the printed forms read it ("Số 5 đường Lê Lợi, Phường Minh An, Tỉnh Minh An").
void describe_addresses(Transaction& tx, const std::vector<core::FormField>& fields,
                        nlohmann::json& form);

// The words of one address from names already looked up (code → name).
std::string address_in_words(const nlohmann::json& address,
                             const std::map<std::string, std::string>& names);

// The province codes chosen by the address fields of `form` (to offer their communes).
std::set<std::string> chosen_provinces(const std::vector<core::FormField>& fields,
                                       const nlohmann::json& form);

}  // namespace motcua::app
