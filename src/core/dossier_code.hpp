#pragma once
// Dossier code (mã số hồ sơ), API.md and requirements §3/§13.4:
// <agency identifier>-<yyMMdd>-<NNNN>, the counter growing past 9999 when it must.
#include <optional>
#include <string>
#include <string_view>

#include "core/time.hpp"

namespace motcua::core {

// QĐ 20/2020/QĐ-TTg as amended by QĐ 09/2025: at most 35 characters of A–Z, 0–9 and '.'.
// Both the level-1-first form (H29.12.05) and the legacy QCVN 102 form (000.00.12.H29) are valid.
bool is_valid_agency_identifier(std::string_view identifier);

std::string format_dossier_code(std::string_view agency_identifier, LocalDate day,
                                long long counter);

struct DossierCodeParts {
  std::string agency_identifier;
  LocalDate day;
  long long counter = 0;
};
std::optional<DossierCodeParts> parse_dossier_code(std::string_view code);

// The per-day counter key: yyyymmdd as an integer.
int counter_day_key(LocalDate day);

}  // namespace motcua::core
