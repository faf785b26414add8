#include "integration/store/store_fixture.hpp"

#include <cstdlib>
#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <random>
#include <stdexcept>

#include "store/open_store.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace motcua::store::testing {
namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

std::string random_suffix() {
  static std::mt19937_64 generator{std::random_device{}()};
  static const char* digits = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string out;
  for (int i = 0; i < 12; ++i) out += digits[generator() % 36];
  return out;
}

// The same server and credentials, another database name.
std::string with_database(const std::string& url, const std::string& name) {
  const auto authority = url.find("://");
  const auto slash = url.find('/', authority == std::string::npos ? 0 : authority + 3);
  if (slash == std::string::npos) return url + "/" + name;
  const auto query = url.find('?', slash);
  return url.substr(0, slash + 1) + name + (query == std::string::npos ? "" : url.substr(query));
}

void admin_exec(const std::string& url, const std::string& sql) {
  pqxx::connection connection(url);
  pqxx::nontransaction tx(connection);
  tx.exec(sql);
}

}  // namespace

TestDatabase::TestDatabase() {
  const std::string kind = env("MOTCUA_TEST_STORE");
  if (kind == "postgresql") {
    pg_admin_url_ = env("MOTCUA_TEST_PG_URL");
    if (pg_admin_url_.empty()) {
      throw std::runtime_error(
          "MOTCUA_TEST_STORE=postgresql needs MOTCUA_TEST_PG_URL (see scripts/pg start)");
    }
    pg_name_ = "motcua_t_" + random_suffix();
    admin_exec(pg_admin_url_,
               "CREATE DATABASE " + pg_name_ + " TEMPLATE template0 ENCODING 'UTF8'");
    pg_url_ = with_database(pg_admin_url_, pg_name_);
  } else if (kind.empty() || kind == "sqlite") {
    dir_ = std::filesystem::temp_directory_path() / ("motcua-store-" + random_suffix());
  } else {
    throw std::runtime_error("unknown MOTCUA_TEST_STORE: " + kind);
  }
}

TestDatabase::~TestDatabase() {
  try {
    if (is_postgresql()) {
      admin_exec(pg_admin_url_, "DROP DATABASE IF EXISTS " + pg_name_ + " WITH (FORCE)");
    } else {
      std::filesystem::remove_all(dir_);
    }
  } catch (const std::exception& e) {
    ADD_FAILURE() << "cannot drop the test database: " << e.what();
  }
}

void TestDatabase::end_sessions() const {
  if (!is_postgresql()) return;
  // Waiting (up to 5 s each) until the sessions are gone, as they are after a restart: a
  // session merely signalled may still look alive to its client's next statement.
  admin_exec(pg_admin_url_,
             "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE "
             "datname = '" +
                 pg_name_ + "' AND pid <> pg_backend_pid()");
}

void TestDatabase::exec(const std::string& sql) const {
  if (is_postgresql()) {
    admin_exec(pg_url_, sql);
    return;
  }
  sqlite::SqliteConnection connection((dir_ / "motcua.db").string(), sqlite::Role::writer);
  connection.exec_script(sql);
}

std::unique_ptr<app::Store> TestDatabase::open() const {
  return is_postgresql() ? open_store("", pg_url_) : open_store(dir_.string(), "");
}

void StoreTest::SetUp() {
  db_ = std::make_unique<TestDatabase>();
  store_ = db_->open();
  first_migration_count_ = store_->migrate();
}

void StoreTest::TearDown() {
  store_.reset();
  db_.reset();
}

}  // namespace motcua::store::testing
