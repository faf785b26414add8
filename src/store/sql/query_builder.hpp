#pragma once
// Builds the WHERE clause of a list query from the filters that are set, binding each value to the
// next positional parameter.
#include <string>
#include <vector>

#include "store/sql/value.hpp"

namespace motcua::store::sql {

class QueryBuilder {
 public:
  QueryBuilder() = default;
  // Continues the numbering after `params`, for clauses joined into one statement.
  explicit QueryBuilder(Params params) : params_(std::move(params)) {}
  // Adds a parameter and returns its placeholder ("$4").
  std::string bind(Value value);
  // "$4, $5, $6" for a non-empty list.
  std::string bind_list(const std::vector<long long>& values);
  std::string bind_list(const std::vector<int>& values);
  void where(std::string condition) { conditions_.push_back(std::move(condition)); }

  std::string where_clause() const;  // "" or " WHERE a AND b"
  std::string conjunction() const;   // "(a AND b)", or "1 = 1" without conditions
  const Params& params() const { return params_; }

 private:
  Params params_;
  std::vector<std::string> conditions_;
};

}  // namespace motcua::store::sql
