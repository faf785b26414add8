#pragma once
// app::Store over the driver interface: transactions, their retry-free error handling and the
// migration runner, the same for both stores. The adapters only supply connections and a dialect.
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "app/ports/store.hpp"
#include "core/admin_unit.hpp"
#include "store/sql/dialect.hpp"
#include "store/sql/dossier_numbers.hpp"
#include "store/sql/keyed_cache.hpp"
#include "store/sql/pool.hpp"
#include "store/sql/settings_cache.hpp"
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {

class SqlStore final : public app::Store {
 public:
  // `readers` may be null: the writers' pool then serves reads too.
  SqlStore(std::string kind, std::unique_ptr<Dialect> dialect,
           std::unique_ptr<ConnectionPool> writers, std::unique_ptr<ConnectionPool> readers);

  void write(const std::function<void(app::Transaction&)>& work) override;
  void read(const std::function<void(app::Transaction&)>& work) override;
  void glance(const std::function<void(app::Transaction&)>& work) override;
  int migrate() override;
  // Applies the migrations numbered up to `last` only: how an older release left the schema.
  int migrate_to(int last);
  // The schema's (table, column) pairs, sorted: see Dialect::schema_columns_query.
  std::vector<std::pair<std::string, std::string>> schema_columns();
  std::string kind() const override { return kind_; }
  std::uint64_t account_writes() const override { return account_writes_.load(); }
  // Dossier numbers from `source` instead of the writing transaction (PostgreSQL: PgNumbers).
  void take_numbers_from(NumberSource source) { numbers_ = std::move(source); }
  // The public lookup's reads of concurrent callers in one statement (see CombinedReads): for a
  // database a round trip away.
  // With `own` (may be null), each kind of lookup reads on a connection of its own from it.
  void combine_lookups(const std::function<std::unique_ptr<ConnectionPool>()>& own = {});

 private:
  void run(Mode mode, const std::function<void(SqlConnection&)>& work);
  void transact(Mode mode, const std::function<void(app::Transaction&)>& work);
  bool apply(const Migration& migration);
  SharedReads shared_reads(Mode mode);

  std::string kind_;
  std::unique_ptr<Dialect> dialect_;
  std::unique_ptr<ConnectionPool> writers_;
  std::unique_ptr<ConnectionPool> readers_;
  SettingsCache settings_;
  KeyedCache<std::optional<core::AdminUnit>> admin_units_;
  KeyedCache<KeptUnits> units_;
  KeyedCache<std::optional<VersionRef>> procedure_versions_;
  std::atomic<std::uint64_t> account_writes_{0};
  NumberSource numbers_;
  bool combine_lookups_ = false;
  // Glances take a connection at their first statement: lookups read on connections of their own.
  bool deferred_glances_ = false;
  bool sends_together_ = false;  // what the pool's connections answer
  CombinedReads lookups_;
  CombinedReads lookup_progress_;
};

}  // namespace motcua::store::sql
