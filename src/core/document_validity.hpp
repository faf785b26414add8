#pragma once
// How long a document in the personal store stays good for reuse (requirements §12, S1 Art 4.5b:
// a document accepted and still valid need not be supplied again). A result lasts as many months
// as its procedure says (thời hạn hiệu lực của kết quả), to the end of the same calendar day, the
// last day of the month when that day does not exist; a procedure that names no period, and an
// uploaded paper, give no end.
#include <optional>

#include "core/time.hpp"

namespace motcua::core {

std::optional<Instant> document_valid_until(Instant issued_at, int validity_months);

constexpr bool document_valid_at(const std::optional<Instant>& valid_until, Instant now) {
  return !valid_until || now <= *valid_until;
}

}  // namespace motcua::core
