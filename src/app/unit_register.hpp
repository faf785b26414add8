#pragma once
// Form 07, Sổ theo dõi hồ sơ (API.md "Printouts"): the dossiers the caller's unit received in a
// period, with their appointments and returns; drawn as PDF by the printouts adapter and written
// as an Excel workbook by the reports adapter. Officials of the unit only.
#include <string>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

// A month at a provincial centre fits; a longer register is asked for in parts.
inline constexpr int kMaxRegisterRows = 10000;

class UnitRegisters {
 public:
  explicit UnitRegisters(Services& services) : services_(services) {}

  // Errors: forbidden (not an official with a unit), invalid_input "to" (an inverted or longer
  // than a year period), too_large "register_too_large" (more than kMaxRegisterRows dossiers).
  UnitRegister build(const Principal& who, core::LocalDate from, core::LocalDate to);
  // The register drawn as form 07 in `lang` (unavailable without a printer).
  std::string pdf(const Principal& who, core::LocalDate from, core::LocalDate to,
                  const std::string& lang, bool numbering_2018 = false);

 private:
  Services& services_;
};

}  // namespace motcua::app
