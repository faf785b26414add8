#pragma once
// Private to the core: lookups in the small constant tables that map an enum to its stable name.
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace motcua::core::detail {

template <typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, std::string_view>, N>;

template <typename Enum, std::size_t N>
constexpr std::string_view name_of(const NameTable<Enum, N>& names, Enum value) {
  for (const auto& [item, name] : names) {
    if (item == value) return name;
  }
  return {};
}

template <typename Enum, std::size_t N>
constexpr std::optional<Enum> parse_name(const NameTable<Enum, N>& names, std::string_view text) {
  for (const auto& [item, name] : names) {
    if (name == text) return item;
  }
  return std::nullopt;
}

}  // namespace motcua::core::detail
