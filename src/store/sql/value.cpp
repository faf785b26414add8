#include "store/sql/value.hpp"

#include <charconv>
#include <stdexcept>

namespace motcua::store::sql {

long long Value::integer() const {
  if (const auto* i = std::get_if<long long>(&v_)) return *i;
  if (const auto* s = std::get_if<std::string>(&v_)) {
    long long out = 0;
    const auto [end, ec] = std::from_chars(s->data(), s->data() + s->size(), out);
    if (ec == std::errc() && end == s->data() + s->size()) return out;
    throw std::runtime_error("store: not an integer: " + *s);
  }
  throw std::runtime_error("store: unexpected NULL");
}

std::string Value::text() const {
  if (const auto* s = std::get_if<std::string>(&v_)) return *s;
  if (const auto* i = std::get_if<long long>(&v_)) return std::to_string(*i);
  if (const auto* b = std::get_if<Bytes>(&v_)) return b->data;
  return {};
}

std::string_view Value::bytes() const {
  if (const auto* b = std::get_if<Bytes>(&v_)) return b->data;
  return {};
}

core::Instant Row::instant(std::size_t i) const {
  return core::Instant{std::chrono::seconds{integer(i)}};
}

std::optional<long long> Row::opt_integer(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return integer(i);
}

std::optional<core::Instant> Row::opt_instant(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return instant(i);
}

}  // namespace motcua::store::sql
