#include "store/sql/sql_store.hpp"

#include <algorithm>
#include <chrono>
#include <limits>

#include "store/sql/transaction.hpp"

namespace motcua::store::sql {
namespace {

// How long another process's change of a setting, a unit or a procedure may take to apply
// here, and how many rows of each are kept (a province has a few dozen settings; the catalog of
// units, before the 2025 reorganisation, about 11,300 districts and communes).
constexpr std::chrono::milliseconds kCatalogMaxAge{1000};
constexpr std::size_t kSettingsKept = 10000;
constexpr std::size_t kAdminUnitsKept = 20000;
// A catalog of a few thousand procedures, each asked for now, at a date or by version id.
constexpr std::size_t kProcedureVersionsKept = 20000;

constexpr std::string_view kMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations (number INTEGER PRIMARY KEY, "
    "name TEXT NOT NULL, applied_at BIGINT NOT NULL)";

}  // namespace

SqlStore::SqlStore(std::string kind, std::unique_ptr<Dialect> dialect,
                   std::unique_ptr<ConnectionPool> writers, std::unique_ptr<ConnectionPool> readers)
    : kind_(std::move(kind)),
      dialect_(std::move(dialect)),
      writers_(std::move(writers)),
      readers_(std::move(readers)),
      settings_(kCatalogMaxAge, kSettingsKept),
      admin_units_(kCatalogMaxAge, kAdminUnitsKept),
      units_(kCatalogMaxAge, 1),
      procedure_versions_(kCatalogMaxAge, kProcedureVersionsKept) {}

void SqlStore::run(Mode mode, const std::function<void(SqlConnection&)>& work) {
  auto& pool = (mode != Mode::write && readers_) ? *readers_ : *writers_;
  if (mode == Mode::glance && deferred_glances_) {
    run_deferred_transaction(pool, mode, sends_together_, work);
  } else {
    run_transaction(pool, mode, work);
  }
}

void SqlStore::combine_lookups(const std::function<std::unique_ptr<ConnectionPool>()>& own) {
  combine_lookups_ = true;
  if (!own) return;
  deferred_glances_ = true;
  sends_together_ = writers_->acquire()->sends_together();
  lookups_.read_on(own());
  lookup_progress_.read_on(own());
}

SharedReads SqlStore::shared_reads(Mode mode) {
  if (!combine_lookups_ || mode != Mode::glance) return {};
  return {&lookups_, &lookup_progress_};
}

// What a committed transaction changed is forgotten after the commit, not before, so that no
// reader can keep what it read in between.
void SqlStore::transact(Mode mode, const std::function<void(app::Transaction&)>& work) {
  Written written;
  run(mode, [&](SqlConnection& connection) {
    SqlTransaction transaction(connection, *dialect_, mode,
                               {&settings_, &admin_units_, &units_, &procedure_versions_},
                               numbers_ ? &numbers_ : nullptr, shared_reads(mode));
    work(transaction);
    written = transaction.written();
  });
  if (written.settings) settings_.forget();
  if (written.admin_units) admin_units_.forget();
  if (written.units) units_.forget();
  if (written.procedures) procedure_versions_.forget();
  if (written.accounts) account_writes_.fetch_add(1);
}

void SqlStore::write(const std::function<void(app::Transaction&)>& work) {
  transact(Mode::write, work);
}

void SqlStore::read(const std::function<void(app::Transaction&)>& work) {
  transact(Mode::read, work);
}

void SqlStore::glance(const std::function<void(app::Transaction&)>& work) {
  transact(Mode::glance, work);
}

int SqlStore::migrate() { return migrate_to(std::numeric_limits<int>::max()); }

// In number order whatever the order of the list, so a schema is always built the same way.
int SqlStore::migrate_to(int last) {
  auto ordered = dialect_->migrations();
  std::sort(ordered.begin(), ordered.end(),
            [](const Migration& a, const Migration& b) { return a.number < b.number; });
  int applied = 0;
  for (const auto& migration : ordered) {
    if (migration.number <= last) applied += apply(migration) ? 1 : 0;
  }
  return applied;
}

std::vector<std::pair<std::string, std::string>> SqlStore::schema_columns() {
  std::vector<std::pair<std::string, std::string>> columns;
  run(Mode::read, [&](SqlConnection& db) {
    for (const auto& row : db.query(dialect_->schema_columns_query(), {}))
      columns.emplace_back(row.text(0), row.text(1));
  });
  return columns;
}

// One transaction per migration: the DDL and its record commit together or not at all.
bool SqlStore::apply(const Migration& migration) {
  bool ran = false;
  run(Mode::write, [&](SqlConnection& db) {
    if (!dialect_->migration_lock().empty()) db.exec_script(dialect_->migration_lock());
    db.exec_script(kMigrationsTable);
    if (!db.query("SELECT 1 FROM schema_migrations WHERE number = $1", {migration.number}).empty())
      return;
    db.exec_script(migration.sql);
    const auto now =
        std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    db.exec("INSERT INTO schema_migrations (number, name, applied_at) VALUES ($1, $2, $3)",
            {migration.number, std::string(migration.name), core::Instant(now)});
    ran = true;
  });
  return ran;
}

}  // namespace motcua::store::sql
