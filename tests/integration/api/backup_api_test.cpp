// `motcua backup` and `motcua restore` on the store of the running server: the copy, restored into
// an empty installation and served by a second server, holds the same dossiers and the same files;
// and a restore never lands on an installation that is not empty.
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>

#include "api_environment.hpp"
#include "api_test.hpp"
#include "server_process.hpp"

namespace motcua::test {
namespace {

std::string temp_dir(const std::string& name) {
  std::string pattern = "/tmp/motcua-" + name + "-XXXXXX";
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp");
  return pattern;
}

class BackupApi : public ApiTest {
 protected:
  void TearDown() override { std::filesystem::remove_all(dir_); }
  CommandResult cli(const std::vector<std::string>& words) {
    std::vector<std::string> argv{MOTCUA_BINARY};
    argv.insert(argv.end(), words.begin(), words.end());
    return run_command(argv, dir_ + "/cli.log", std::chrono::seconds(120));
  }
  std::string dir_ = temp_dir("backup");
};

TEST_F(BackupApi, ARestoredCopyServesTheSameDossiersAndFiles) {
  const auto dossier = submitted_dossier();
  act(kReception, dossier.code, "receive");
  const auto original = get("/api/v1/dossiers/" + dossier.code, kCitizen).json();
  const auto file_id = original.at("files")[0].at("file_id").get<long long>();
  const auto bytes = get("/tep/" + std::to_string(file_id), kCitizen).body;
  const auto events = get("/api/v1/dossiers/" + dossier.code + "/events", kCitizen).body;

  const auto backup = environment().run_cli({"backup", "--out", dir_ + "/copy"});
  ASSERT_EQ(backup.exit_code, 0) << backup.output;
  const auto store = environment().separate_store(dir_ + "/restored");
  std::vector<std::string> restore{"restore", "--from", dir_ + "/copy"};
  restore.insert(restore.end(), store.begin(), store.end());
  const auto restored = cli(restore);
  ASSERT_EQ(restored.exit_code, 0) << restored.output;
  EXPECT_NE(cli(restore).exit_code, 0) << "never over an installation";

  std::vector<std::string> argv{MOTCUA_BINARY,  "serve",  "--port",       "0",
                                "--login-rate", "100000", "--write-rate", "1000000"};
  argv.insert(argv.end(), store.begin(), store.end());
  ServerProcess second(argv, dir_ + "/second.log", std::chrono::seconds(180));
  server_port_ = second.port();
  const auto copy = get("/api/v1/dossiers/" + dossier.code, kCitizen);
  ASSERT_EQ(copy.status, 200) << copy.body;
  EXPECT_EQ(copy.json().at("status"), original.at("status"));
  EXPECT_EQ(copy.json().at("files"), original.at("files"));
  EXPECT_EQ(get("/tep/" + std::to_string(file_id), kCitizen).body, bytes);
  EXPECT_EQ(get("/api/v1/dossiers/" + dossier.code + "/events", kCitizen).body, events)
      << "the hash-chained history, unchanged";
}

TEST_F(BackupApi, ABackupRefusesAFolderInUseAndARestoreAForeignFolder) {
  std::filesystem::create_directories(dir_ + "/busy");
  { std::ofstream(dir_ + "/busy/x") << "x"; }
  EXPECT_NE(environment().run_cli({"backup", "--out", dir_ + "/busy"}).exit_code, 0);
  EXPECT_NE(cli({"restore", "--from", dir_ + "/busy", "--data", dir_ + "/target"}).exit_code, 0);
}

}  // namespace
}  // namespace motcua::test
