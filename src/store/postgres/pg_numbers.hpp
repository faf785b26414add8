#pragma once
// Dossier numbers taken on a connection of their own, each in a transaction that ends at once.
#include <memory>
#include <mutex>
#include <string>

#include "store/postgres/pg_connection.hpp"

namespace motcua::store::postgres {

// Inside the submission's transaction, the day's counter row stayed locked until that
// transaction's commit had reached the disk, so every submission to a unit (since 2025 the
// provincial centre receives them all) waited for the previous one's flush: about 450 per second
// at most, whatever the cores. Here the number's own transaction commits without waiting for the
// flush and releases the row at once. Nothing is lost by it: the submission commits after it and
// waits for its own flush, which writes the log up to and past the number's. A submission that
// fails after taking its number leaves that number unused; numbers stay unique (and the code's
// unique index would refuse a repeat).
class PgNumbers {
 public:
  explicit PgNumbers(std::string url) : url_(std::move(url)) {}
  long long next(long long unit_id, int day_key);

 private:
  PgConnection& connection();

  const std::string url_;
  std::mutex mutex_;
  std::unique_ptr<PgConnection> connection_;
};

}  // namespace motcua::store::postgres
