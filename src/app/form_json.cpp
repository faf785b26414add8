#include "app/form_json.hpp"

#include "app/errors.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

constexpr std::size_t kMaxFormBytes = 256 * 1024;

std::string scalar_text(const nlohmann::json& value) {
  if (!value.is_primitive()) throw_invalid({{"form", "error.form_shape"}});
  return answer_text(value);
}

}  // namespace

std::string answer_text(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_boolean()) return value.get<bool>() ? "true" : "";
  if (value.is_number()) return value.dump();
  return "";
}

void check_form_shape(const nlohmann::json& form) { to_form_values(form); }

// Walks at most three levels (field, row, cell) whatever the document holds, so a draft stored
// after this check has a depth every later walk and dump can take.
core::FormValues to_form_values(const nlohmann::json& form) {
  if (!form.is_object()) throw_invalid({{"form", "error.form_shape"}});
  core::FormValues values;
  for (const auto& [name, value] : form.items()) {
    core::FormValue field;
    if (value.is_object()) {
      // An address: {"province", "commune", "street"} (and the "text" the server derives).
      for (const auto& [part, cell] : value.items()) field.parts[part] = scalar_text(cell);
    } else if (value.is_array()) {
      for (const auto& row : value) {
        if (!row.is_object()) throw_invalid({{name, "error.form_shape"}});
        std::map<std::string, std::string> cells;
        for (const auto& [column, cell] : row.items()) cells[column] = scalar_text(cell);
        field.rows.push_back(std::move(cells));
      }
    } else {
      field.text = scalar_text(value);
    }
    values[name] = std::move(field);
  }
  if (form.dump().size() > kMaxFormBytes) {  // after the walk: only a shallow form is dumped
    throw AppError(ErrorKind::too_large, "too_large", "error.too_large");
  }
  return values;
}

}  // namespace motcua::app
