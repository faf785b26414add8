#include "store/postgres/pg_dialect.hpp"

namespace motcua::store::postgres {

std::string_view PgDialect::migration_lock() const {
  // Held until the migration's transaction ends; the key is "motcua" in ASCII.
  return "SELECT pg_advisory_xact_lock(109111116099117097)";
}

std::string PgDialect::search_match(const std::string& param) const {
  return "v.search @@ to_tsquery('vn', " + param + ")";
}

std::string PgDialect::search_rank(const std::string& param) const {
  // Normalisation 1 divides by the log of the length, so a short exact name ranks first.
  return "ts_rank(v.search, to_tsquery('vn', " + param + "), 1) DESC";
}

// `'khai':* & 'si':*`: every term a quoted prefix lexeme, all required. Quoting (with ' doubled)
// means no user text is ever read as tsquery operators.
std::string PgDialect::search_query(const std::vector<std::string>& folded_terms) const {
  std::string query;
  for (const auto& term : folded_terms) {
    if (!query.empty()) query += " & ";
    query += '\'';
    for (const char c : term) {
      if (c == '\'' || c == '\\') query += c;
      query += c;
    }
    query += "':*";
  }
  return query;
}

}  // namespace motcua::store::postgres
