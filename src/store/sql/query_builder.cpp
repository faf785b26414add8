#include "store/sql/query_builder.hpp"

namespace motcua::store::sql {

std::string QueryBuilder::bind(Value value) {
  params_.push_back(std::move(value));
  return "$" + std::to_string(params_.size());
}

std::string QueryBuilder::bind_list(const std::vector<long long>& values) {
  std::string out;
  for (const long long v : values) out += (out.empty() ? "" : ", ") + bind(v);
  return out;
}

std::string QueryBuilder::bind_list(const std::vector<int>& values) {
  std::string out;
  for (const int v : values) out += (out.empty() ? "" : ", ") + bind(v);
  return out;
}

std::string QueryBuilder::where_clause() const {
  std::string out;
  for (const auto& condition : conditions_) out += (out.empty() ? " WHERE " : " AND ") + condition;
  return out;
}

std::string QueryBuilder::conjunction() const {
  if (conditions_.empty()) return "1 = 1";
  std::string out;
  for (const auto& condition : conditions_) out += (out.empty() ? "(" : " AND ") + condition;
  return out + ")";
}

}  // namespace motcua::store::sql
