#include "store/postgres/pg_numbers.hpp"

#include "store/sql/dossier_numbers.hpp"

namespace motcua::store::postgres {

PgConnection& PgNumbers::connection() {
  if (connection_ && connection_->healthy()) return *connection_;
  connection_.reset();
  connection_ = std::make_unique<PgConnection>(url_, "SET synchronous_commit = off");
  return *connection_;
}

long long PgNumbers::next(long long unit_id, int day_key) {
  const std::lock_guard lock(mutex_);
  auto& db = connection();
  try {
    db.begin(sql::Mode::glance);
    const auto rows = db.query(sql::kNextDossierNumberSql, {unit_id, day_key});
    db.commit();
    return rows.at(0).integer(0);
  } catch (...) {
    db.rollback();
    throw;
  }
}

}  // namespace motcua::store::postgres
