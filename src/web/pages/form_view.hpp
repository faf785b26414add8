#pragma once
// The procedure's e-form as a page draws it (requirements P6): one view model per field from the
// procedure's field list, the answers given so far and the messages of the last check; and the
// reverse, the answers a browser posted, taken only for the fields the procedure defines.
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/admin_units.hpp"
#include "app/ports/records.hpp"
#include "core/procedure.hpp"
#include "views/i18n.hpp"

namespace motcua::web {

// Repeatable rows are drawn as a fixed table: at least this many, one spare after the last filled.
inline constexpr int kMinFormRows = 3;
inline constexpr int kMaxFormRows = 20;

// error key (a field name, "name[0].column" or "component:id") → message in the reader's language
using FieldMessages = std::map<std::string, std::string>;

// The HTML id of a field or of what an error key names: "f-name", "f-name-0-column", "c-id".
std::string field_dom_id(std::string_view key);

// What a form needs besides the definition and the answers: the address catalog's choices, and
// how many rows each repeatable field should show (after "add row" without JavaScript).
struct FormExtras {
  const app::AddressChoices* choices = nullptr;
  std::map<std::string, int> rows;  // field name → rows to draw
};

// What the form_field partial draws for each field.
nlohmann::json form_fields_view(const views::Translations& translations, const std::string& lang,
                                const std::vector<core::FormField>& fields,
                                const nlohmann::json& answers, const FieldMessages& messages,
                                const FormExtras& extras = {});

// The messages eform.js shows for the rule breaks the server also reports, as the form's
// data-messages attribute carries them (JSON).
std::string eform_client_messages(const views::Translations& translations, const std::string& lang);

// The rules the browser checks (static/js/eform-rules.js), as the data-rules attribute carries
// them: the field's definition without its labels.
std::string rules_attribute(const core::FormField& field);

// The answers a browser posted for `fields`: strings, true/false for boxes, arrays of row objects
// (empty rows dropped), address objects {"province", "commune", "street"} from "name.part".
// Names the procedure does not define are ignored.
using PostedFields = std::vector<std::pair<std::string, std::string>>;
nlohmann::json posted_answers(const std::vector<core::FormField>& fields,
                              const PostedFields& posted);

// A new draft's answers taken from the applicant's profile through each field's profile_key.
nlohmann::json profile_answers(const std::vector<core::FormField>& fields, const app::User& user);

// The error summary's links, in the order of the form, then of the components, then the rest.
nlohmann::json error_summary_view(const views::Translations& translations, const std::string& lang,
                                  const std::vector<core::FormField>& fields,
                                  const std::vector<core::Component>& components,
                                  const FieldMessages& messages);

}  // namespace motcua::web
