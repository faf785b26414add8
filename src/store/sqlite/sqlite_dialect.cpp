#include "store/sqlite/sqlite_dialect.hpp"

namespace motcua::store::sqlite {

std::string_view SqliteDialect::search_join() const {
  return "JOIN procedure_fts ON procedure_fts.rowid = p.id";
}

std::string SqliteDialect::search_match(const std::string& param) const {
  return "procedure_fts MATCH " + param;
}

std::string SqliteDialect::search_rank(const std::string&) const {
  return "bm25(procedure_fts)";  // lower is better
}

// `"khai"* "si"*`: every term a quoted prefix, all required. Quoting (with " doubled) keeps FTS5
// operators and column filters in the user's text inert.
std::string SqliteDialect::search_query(const std::vector<std::string>& folded_terms) const {
  std::string query;
  for (const auto& term : folded_terms) {
    if (!query.empty()) query += ' ';
    query += '"';
    for (const char c : term) query += (c == '"') ? std::string("\"\"") : std::string(1, c);
    query += "\"*";
  }
  return query;
}

}  // namespace motcua::store::sqlite
