#include "core/document_validity.hpp"

namespace motcua::core {

std::optional<Instant> document_valid_until(Instant issued_at, int validity_months) {
  if (validity_months <= 0) return std::nullopt;
  const auto issued = to_local(issued_at).date;
  auto until = issued + std::chrono::months(validity_months);
  if (!until.ok()) until = until.year() / until.month() / std::chrono::last;
  constexpr int kLastMinute = 24 * 60 - 1;
  return from_local(until, kLastMinute);
}

}  // namespace motcua::core
