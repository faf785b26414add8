#include "store/backup.hpp"

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <vector>

namespace motcua::store {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr int kFormat = 1;
constexpr const char* kManifest = "manifest.json";
constexpr const char* kSqliteFile = "motcua.db";
constexpr const char* kPgDump = "motcua.pgdump";

bool is_empty_or_missing(const fs::path& dir) {
  return !fs::exists(dir) || (fs::is_directory(dir) && fs::is_empty(dir));
}

// Runs a program without a shell (no quoting of URLs or paths can go wrong) and waits for it.
void run(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  const pid_t child = ::fork();
  if (child < 0) throw std::runtime_error("cannot start " + argv[0]);
  if (child == 0) {
    ::execvp(args[0], args.data());
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw std::runtime_error(argv[0] + " failed (exit " + std::to_string(WEXITSTATUS(status)) +
                             ")");
}

void sqlite_snapshot(const fs::path& database, const fs::path& target) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(database.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    throw std::runtime_error("cannot open " + database.string());
  }
  sqlite3_busy_timeout(db, 10000);
  sqlite3_stmt* statement = nullptr;
  int rc = sqlite3_prepare_v2(db, "VACUUM INTO ?1", -1, &statement, nullptr);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(statement, 1, target.c_str(), -1, SQLITE_TRANSIENT);
    rc = sqlite3_step(statement);
  }
  const std::string error = sqlite3_errmsg(db);
  sqlite3_finalize(statement);
  sqlite3_close(db);
  if (rc != SQLITE_DONE) throw std::runtime_error("snapshot of the database failed: " + error);
}

// Copies a folder tree; returns the files and bytes copied. A missing folder copies nothing.
std::pair<long long, long long> copy_tree(const fs::path& from, const fs::path& to) {
  long long files = 0;
  long long bytes = 0;
  if (!fs::exists(from)) return {0, 0};
  for (const auto& entry : fs::recursive_directory_iterator(from)) {
    const auto target = to / fs::relative(entry.path(), from);
    if (entry.is_directory()) {
      fs::create_directories(target);
    } else if (entry.is_regular_file()) {
      fs::create_directories(target.parent_path());
      fs::copy_file(entry.path(), target, fs::copy_options::overwrite_existing);
      ++files;
      bytes += static_cast<long long>(entry.file_size());
    }
  }
  return {files, bytes};
}

std::string kind_of(const std::string& db_url) { return db_url.empty() ? "sqlite" : "postgresql"; }

}  // namespace

BackupSummary backup_installation(const fs::path& data_dir, const std::string& db_url,
                                  const fs::path& out) {
  if (!is_empty_or_missing(out)) throw std::runtime_error(out.string() + " is not empty");
  fs::create_directories(out);
  BackupSummary summary{kind_of(db_url)};
  if (db_url.empty()) {
    sqlite_snapshot(data_dir / kSqliteFile, out / kSqliteFile);
  } else {
    run({"pg_dump", "--format=custom", "--no-owner", "--file", (out / kPgDump).string(), db_url});
  }
  const auto [files, bytes] = copy_tree(data_dir / "files", out / "files");
  const auto [keys, key_bytes] = copy_tree(data_dir / "keys", out / "keys");
  summary.files = files;
  summary.bytes = bytes + key_bytes;
  std::ofstream(out / kManifest) << json{{"format", kFormat},
                                         {"store", summary.store},
                                         {"files", files},
                                         {"keys", keys},
                                         {"bytes", summary.bytes}}
                                        .dump(2)
                                 << "\n";
  return summary;
}

BackupSummary restore_installation(const fs::path& from, const fs::path& data_dir,
                                   const std::string& db_url) {
  std::ifstream in(from / kManifest);
  const auto manifest = json::parse(in, nullptr, false);
  if (!manifest.is_object() || manifest.value("format", 0) != kFormat)
    throw std::runtime_error(from.string() + " is not a backup of this system");
  BackupSummary summary{manifest.value("store", "")};
  if (summary.store != kind_of(db_url))
    throw std::runtime_error("a " + summary.store + " backup restores only into a " +
                             summary.store + " store");
  if (fs::exists(data_dir / kSqliteFile) || fs::exists(data_dir / "files"))
    throw std::runtime_error(data_dir.string() + " already holds an installation");
  fs::create_directories(data_dir);
  if (db_url.empty()) {
    fs::copy_file(from / kSqliteFile, data_dir / kSqliteFile);
  } else {
    // One transaction: a database that is not empty refuses it whole, and nothing is half-done.
    run({"pg_restore", "--no-owner", "--single-transaction", "--exit-on-error", "--dbname", db_url,
         (from / kPgDump).string()});
  }
  const auto [files, bytes] = copy_tree(from / "files", data_dir / "files");
  const auto [keys, key_bytes] = copy_tree(from / "keys", data_dir / "keys");
  summary.files = files;
  summary.bytes = bytes + key_bytes;
  return summary;
}

}  // namespace motcua::store
