#include "api_environment.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <pqxx/pqxx>
#include <random>

namespace motcua::test {
namespace {

constexpr std::chrono::seconds kStartTimeout{180};
constexpr std::chrono::seconds kStopTimeout{60};

ApiEnvironment* const kEnvironment = [] {
  auto* env = new ApiEnvironment;
  ::testing::AddGlobalTestEnvironment(env);  // gtest owns and deletes it
  return env;
}();

std::string env_or(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

// postgresql://user@host:port/db?params with the database replaced.
std::string with_database(const std::string& url, const std::string& name) {
  const auto authority = url.find("://");
  const auto slash = url.find('/', authority == std::string::npos ? 0 : authority + 3);
  const auto query = url.find('?', slash == std::string::npos ? 0 : slash);
  const auto base = slash == std::string::npos ? url.substr(0, query) : url.substr(0, slash);
  return base + "/" + name + (query == std::string::npos ? "" : url.substr(query));
}

}  // namespace

ApiEnvironment& environment() { return *kEnvironment; }

void ApiEnvironment::SetUp() {
  const auto store = env_or("MOTCUA_TEST_STORE", "sqlite");
  ASSERT_TRUE(store == "sqlite" || store == "postgresql") << "MOTCUA_TEST_STORE=" << store;
  char pattern[] = "/tmp/motcua-api-XXXXXX";
  ASSERT_NE(::mkdtemp(pattern), nullptr);
  data_dir_ = pattern;
  if (store == "postgresql") {
    admin_url_ = env_or("MOTCUA_TEST_PG_URL", "");
    ASSERT_FALSE(admin_url_.empty())
        << "MOTCUA_TEST_STORE=postgresql needs MOTCUA_TEST_PG_URL (export "
           "MOTCUA_TEST_PG_URL=$(scripts/pg start))";
    ASSERT_NO_THROW(create_database());
  }
  // Behind a "proxy" at 127.0.0.1, so tests speak from any address through X-Forwarded-For; the
  // shared server's rate limits are out of the way (login_protection_test.cpp meets them on its
  // own).
  std::vector<std::string> argv{MOTCUA_BINARY,
                                "serve",
                                "--port",
                                "0",
                                "--demo",
                                "--workers",
                                "4",
                                "--trusted-proxy-header",
                                "X-Forwarded-For",
                                "--trusted-proxies",
                                "127.0.0.1",
                                "--login-rate",
                                "100000",
                                "--write-rate",
                                "1000000",
                                "--reminder-interval",
                                "1"};
  for (const auto& arg : store_arguments()) argv.push_back(arg);
  try {
    server_ = std::make_unique<ServerProcess>(argv, data_dir_ + "/server.log", kStartTimeout);
  } catch (const std::exception& error) {
    FAIL() << error.what();
  }
}

void ApiEnvironment::TearDown() {
  if (server_) {
    const int code = server_->stop(kStopTimeout);
    EXPECT_EQ(code, 0) << "SIGTERM must drain and exit 0; log:\n" << server_->log();
    std::vector<std::string> argv{MOTCUA_BINARY, "audit", "verify"};
    for (const auto& arg : store_arguments()) argv.push_back(arg);
    const auto audit = run_command(argv, data_dir_ + "/audit.log", kStopTimeout);
    EXPECT_EQ(audit.exit_code, 0) << audit.output;
  }
  if (!db_name_.empty()) drop_database();
  if (::testing::UnitTest::GetInstance()->failed_test_count() == 0 &&
      env_or("MOTCUA_KEEP_TEST_DATA", "").empty())
    std::filesystem::remove_all(data_dir_);
}

CommandResult ApiEnvironment::run_cli(const std::vector<std::string>& words) const {
  std::vector<std::string> argv{MOTCUA_BINARY};
  argv.insert(argv.end(), words.begin(), words.end());
  for (const auto& arg : store_arguments()) argv.push_back(arg);
  return run_command(argv, data_dir_ + "/cli.log", kStopTimeout);
}

std::vector<std::string> ApiEnvironment::store_arguments() const {
  std::vector<std::string> args{"--data", data_dir_};
  if (!db_url_.empty()) {
    args.push_back("--db");
    args.push_back(db_url_);
  }
  return args;
}

std::string ApiEnvironment::new_database() {
  std::mt19937_64 random(std::random_device{}());
  const auto name =
      "motcua_api_" + std::to_string(::getpid()) + "_" + std::to_string(random() % 1000000);
  pqxx::connection connection(admin_url_);
  pqxx::nontransaction tx(connection);
  tx.exec("CREATE DATABASE " + tx.quote_name(name));
  extra_databases_.push_back(name);
  return name;
}

void ApiEnvironment::create_database() {
  db_name_ = new_database();
  extra_databases_.pop_back();
  db_url_ = with_database(admin_url_, db_name_);
}

std::vector<std::string> ApiEnvironment::separate_store(const std::string& data_dir) {
  std::vector<std::string> args{"--data", data_dir};
  if (!postgresql()) return args;
  args.push_back("--db");
  args.push_back(with_database(admin_url_, new_database()));
  return args;
}

void ApiEnvironment::drop_database() {
  auto names = extra_databases_;
  names.push_back(db_name_);
  for (const auto& name : names) {
    try {
      pqxx::connection connection(admin_url_);
      pqxx::nontransaction tx(connection);
      tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(name));
    } catch (const std::exception& error) {
      ADD_FAILURE() << "cannot drop " << name << ": " << error.what();
    }
  }
}

}  // namespace motcua::test
