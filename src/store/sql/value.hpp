#pragma once
// The values that cross the internal driver interface: both stores keep only nullable integers and
// text (booleans as 0/1, instants as unix seconds, dates as "YYYY-MM-DD", JSON as text), and a
// file's content as bytes.
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/time.hpp"

namespace motcua::store::sql {

// Bytes sent as they are, never as text: PostgreSQL receives them in its binary format (no hex to
// encode, send twice as long and decode), SQLite as a blob.
struct Bytes {
  std::string data;
  bool operator==(const Bytes& other) const = default;
};

class Value {
 public:
  Value() = default;
  Value(std::nullopt_t) {}
  Value(long long v) : v_(v) {}
  Value(int v) : v_(static_cast<long long>(v)) {}
  Value(bool v) : v_(v ? 1LL : 0LL) {}
  Value(std::string v) : v_(std::move(v)) {}
  Value(const char* v) : v_(std::string(v)) {}
  Value(Bytes v) : v_(std::move(v)) {}
  Value(core::Instant at) : v_(static_cast<long long>(at.time_since_epoch().count())) {}
  template <class T>
  Value(const std::optional<T>& v) {
    if (v) *this = Value(*v);
  }

  bool is_null() const { return std::holds_alternative<std::monostate>(v_); }
  bool is_integer() const { return std::holds_alternative<long long>(v_); }
  bool is_bytes() const { return std::holds_alternative<Bytes>(v_); }
  // PostgreSQL answers in text, SQLite in its storage class: both accessors convert.
  long long integer() const;
  std::string text() const;
  // The bytes themselves, without a copy; empty unless is_bytes().
  std::string_view bytes() const;
  bool operator==(const Value& other) const = default;

 private:
  std::variant<std::monostate, long long, std::string, Bytes> v_;
};

using Params = std::vector<Value>;

class Row {
 public:
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}
  std::size_t size() const { return values_.size(); }
  const Value& at(std::size_t i) const { return values_.at(i); }
  bool is_null(std::size_t i) const { return at(i).is_null(); }
  long long integer(std::size_t i) const { return at(i).integer(); }
  int int32(std::size_t i) const { return static_cast<int>(at(i).integer()); }
  bool boolean(std::size_t i) const { return at(i).integer() != 0; }
  std::string text(std::size_t i) const { return at(i).text(); }
  core::Instant instant(std::size_t i) const;
  std::optional<long long> opt_integer(std::size_t i) const;
  std::optional<core::Instant> opt_instant(std::size_t i) const;

 private:
  std::vector<Value> values_;
};

using Rows = std::vector<Row>;

}  // namespace motcua::store::sql
