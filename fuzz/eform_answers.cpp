// A citizen's e-form answers, as the dossier endpoints receive them: arbitrary JSON turned into
// form values and validated against the form of every demo procedure (data/demo/procedures.json).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <vector>

#include "app/errors.hpp"
#include "app/form_json.hpp"
#include "app/procedure_json.hpp"
#include "core/form.hpp"

namespace {

std::vector<motcua::core::Procedure> load_demo_procedures() {
  std::ifstream in(MOTCUA_DEMO_PROCEDURES);
  std::vector<motcua::core::Procedure> procedures;
  for (const auto& record : nlohmann::json::parse(in))
    procedures.push_back(motcua::app::procedure_from_json(record));
  if (procedures.empty()) std::abort();  // a target with no form would fuzz nothing
  return procedures;
}

const std::vector<motcua::core::Procedure>& demo_procedures() {
  static const auto procedures = load_demo_procedures();
  return procedures;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto& procedures = demo_procedures();
  const auto form = nlohmann::json::parse(data, data + size, nullptr, false);
  if (form.is_discarded()) return 0;
  try {
    const auto values = motcua::app::to_form_values(form);
    using namespace std::chrono;
    const motcua::core::FormContext context{year_month_day{year{2026}, December, day{4}}};
    for (const auto& procedure : procedures)
      motcua::core::validate_form(procedure.form, values, context);
  } catch (const motcua::app::AppError&) {
  }
  return 0;
}
