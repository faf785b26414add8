#pragma once
// Backups of a whole installation (issue "administration"): the database as a consistent
// snapshot, then the uploaded files and the units' keys. The snapshot is taken first: files are
// written before the rows that name them, so every file the snapshot refers to is copied.
//   SQLite: VACUUM INTO <out>/motcua.db, taken while the server runs.
//   PostgreSQL: pg_dump --format=custom into <out>/motcua.pgdump, restored with pg_restore in one
//   transaction.
// A backup restores only into an empty installation of the same kind of store.
#include <filesystem>
#include <string>

namespace motcua::store {

struct BackupSummary {
  std::string store;  // sqlite | postgresql
  long long files = 0;
  long long bytes = 0;  // of the files and keys copied
};

// Throws std::runtime_error naming what failed; `out` must not exist or be empty.
BackupSummary backup_installation(const std::filesystem::path& data_dir, const std::string& db_url,
                                  const std::filesystem::path& out);

// Throws std::runtime_error when `from` is not a backup, is of another store, or the target is not
// empty.
BackupSummary restore_installation(const std::filesystem::path& from,
                                   const std::filesystem::path& data_dir,
                                   const std::string& db_url);

}  // namespace motcua::store
