#pragma once
// What a procedure version must hold before it is published (requirements B1): a name, a statutory
// duration, distinct component ids, distinct well-formed form field names, fees that are not
// negative. Errors are keyed by the field of the version record, for the administrator's form.
#include "core/form.hpp"
#include "core/procedure.hpp"

namespace motcua::core {

inline constexpr int kLongestDurationWorkingDays = 365;
inline constexpr int kLongestValidityMonths = 1200;  // a hundred years: beyond is a typo

FieldErrors procedure_errors(const Procedure& procedure);

}  // namespace motcua::core
