#include "core/byte_size.hpp"

#include <array>
#include <cstdio>
#include <string_view>

namespace motcua::core {

std::string byte_size_text(long long bytes, char decimal_mark) {
  if (bytes < 1024) return std::to_string(bytes) + " B";
  static constexpr std::array<std::string_view, 3> kUnits{"KB", "MB", "GB"};
  // Tenths, rounded down: a size shown as the limit must not read larger than the limit.
  long long tenths = bytes * 10 / 1024;
  std::size_t unit = 0;
  while (tenths >= 10240 && unit + 1 < kUnits.size()) {
    tenths = tenths / 1024;
    ++unit;
  }
  std::string out = std::to_string(tenths / 10);
  if (tenths % 10 != 0) out += decimal_mark + std::to_string(tenths % 10);
  return out + " " + std::string{kUnits.at(unit)};
}

}  // namespace motcua::core
