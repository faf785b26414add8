#pragma once
// How the local procedure catalog stands against the national one (requirements §9.2, B1): each
// national procedure is matched, differs (in name, duration or fees) or is missing here, and each
// local procedure the national catalog lacks is reported too. Nothing here changes either side:
// administrators decide what a difference means for the procedure's next version.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/national_procedure.hpp"
#include "core/procedure.hpp"

namespace motcua::core {

enum class CatalogState { matched, differs, missing_here, absent_nationally };
std::string_view catalog_state_name(CatalogState state);
std::optional<CatalogState> parse_catalog_state(std::string_view name);

enum class CatalogField { name, duration, fee };
std::string_view catalog_field_name(CatalogField field);

// Requirements §2.3: a working day counts 8 hours, so that hours and days compare.
inline constexpr int kMinutesPerWorkingDay = 8 * 60;

// A published duration in working minutes: "Ngày làm việc" (working days) and "Giờ" / "Giờ làm
// việc" (working hours), with a decimal comma or point. Calendar days, months and anything
// unreadable are nothing: they have no fixed length in working time.
std::optional<int> working_minutes(std::string_view value, std::string_view unit);

// The longest of the channels' durations, which the local procedure's one duration must equal;
// nothing when one of them cannot be read as working time, or none is published.
std::optional<int> national_working_minutes(const NationalProcedure& national);

// The distinct amounts charged, in increasing order. A fee of 0 and no fee both mean free, so
// zeros are left out.
std::vector<long long> charged_amounts(const std::vector<long long>& amounts);
std::vector<long long> charged_amounts(const std::vector<FeeItem>& fees);

// The same name once runs of spaces are one space and the ends trimmed.
bool same_procedure_name(std::string_view national, std::string_view local);

struct CatalogComparison {
  std::string code;
  CatalogState state = CatalogState::matched;
  std::vector<CatalogField> differences;  // for `differs`, in field order
  const NationalProcedure* national = nullptr;
  const Procedure* local = nullptr;
};

// The fields in which `local` differs from `national`.
std::vector<CatalogField> differing_fields(const NationalProcedure& national,
                                           const Procedure& local);

// Every national procedure in the national order, then the local ones absent nationally in code
// order. The comparisons point into both lists, which must outlive them.
std::vector<CatalogComparison> compare_catalogs(const std::vector<NationalProcedure>& national,
                                                const std::vector<Procedure>& local);

}  // namespace motcua::core
