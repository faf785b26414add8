// `motcua backup` and `motcua restore`: a whole installation (database, uploaded files, the units'
// keys) to a folder and back into an empty one.
#include <iostream>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/runtime.hpp"
#include "store/backup.hpp"

namespace motcua::cli {
namespace {

constexpr const char* kBackupHelp = R"(Usage: motcua backup --out DIR [--data DIR | --db URL]
Writes a consistent copy of the installation to DIR (which must not exist or be empty): the
database (SQLite: a snapshot taken while the server runs; PostgreSQL: pg_dump), then the uploaded
files and the units' signing keys, with a manifest. Keep the folder as safely as the keys it holds.
)";

constexpr const char* kRestoreHelp = R"(Usage: motcua restore --from DIR [--data DIR | --db URL]
Restores a backup made by `motcua backup` into an empty installation of the same kind of store:
a data folder with no database and no files, and for PostgreSQL an empty database (restored in one
transaction: a database that is not empty refuses it whole).
)";

int report(const char* what, const store::BackupSummary& summary) {
  std::cout << what << " " << summary.store << " store, " << summary.files << " file(s), "
            << summary.bytes << " bytes of files and keys\n";
  return 0;
}

}  // namespace

int backup_command(const std::vector<std::string>& words) {
  if (wants_help(words, kBackupHelp)) return 0;
  auto options = store_options();
  options.insert("out");
  Arguments args(words, options, {});
  if (!args.value("out")) {
    std::cerr << kBackupHelp;
    return 2;
  }
  try {
    // Opening the store first migrates it: the backup is of the current schema.
    open_runtime(args);
    return report("backed up the",
                  store::backup_installation(args.value_or("data", "var"), args.value_or("db", ""),
                                             *args.value("out")));
  } catch (const std::exception& error) {
    std::cerr << "backup failed: " << error.what() << "\n";
    return 1;
  }
}

int restore_command(const std::vector<std::string>& words) {
  if (wants_help(words, kRestoreHelp)) return 0;
  auto options = store_options();
  options.insert("from");
  Arguments args(words, options, {});
  if (!args.value("from")) {
    std::cerr << kRestoreHelp;
    return 2;
  }
  try {
    return report("restored the",
                  store::restore_installation(*args.value("from"), args.value_or("data", "var"),
                                              args.value_or("db", "")));
  } catch (const std::exception& error) {
    std::cerr << "restore failed: " << error.what() << "\n";
    return 1;
  }
}

}  // namespace motcua::cli
