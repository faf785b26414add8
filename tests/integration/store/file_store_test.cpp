#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "core/sha256.hpp"
#include "store/open_store.hpp"
#include "store_fixture.hpp"

namespace motcua::store::testing {
namespace {

class FileStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("motcua-files-" + std::to_string(std::random_device{}()));
    files_ = open_file_store(dir_.string());
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::size_t file_count() const {
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir_))
      count += entry.is_regular_file() ? 1 : 0;
    return count;
  }

  std::filesystem::path dir_;
  std::unique_ptr<app::FileStore> files_;
};

TEST_F(FileStoreTest, RoundTripByContentAddress) {
  const std::string bytes("%PDF-1.7\n\0binary\xff", 17);
  const auto sha = files_->put(bytes);
  EXPECT_EQ(sha, core::sha256_hex(bytes));
  EXPECT_TRUE(
      std::filesystem::is_regular_file(dir_ / "files" / sha.substr(0, 2) / sha.substr(2, 2) / sha));
  EXPECT_EQ(files_->get(sha), bytes);
  EXPECT_EQ(files_->put(""), core::sha256_hex(""));
  EXPECT_EQ(files_->get(core::sha256_hex("")), "");
}

TEST_F(FileStoreTest, StoringTheSameBytesAgainChangesNothing) {
  const auto first = files_->put("giấy khai sinh");
  const auto second = files_->put("giấy khai sinh");
  EXPECT_EQ(first, second);
  EXPECT_EQ(file_count(), 1u);  // and no temporary left behind
  files_->put("tờ khai");
  EXPECT_EQ(file_count(), 2u);
}

// The first level of folders is made when the store opens; a folder of the second level when a
// file first needs it, also by a second store on the same folder (another node) that did not
// make it.
TEST_F(FileStoreTest, FoldersAreMadeWhenTheStoreOpensAndWhenAFileFirstNeedsThem) {
  std::size_t first_level = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir_ / "files"))
    first_level += entry.is_directory() && entry.path().filename().string().size() == 2 ? 1 : 0;
  EXPECT_EQ(first_level, 256U);
  const auto other = open_file_store(dir_.string());
  const auto sha = files_->put("đơn");
  std::filesystem::remove_all(dir_ / "files" / sha.substr(0, 2) / sha.substr(2, 2));
  EXPECT_EQ(other->get(other->put("đơn")), "đơn");
  EXPECT_EQ(files_->get(sha), "đơn");
  // A folder removed under a store that made it durable is made again.
  std::filesystem::remove_all(dir_ / "files" / sha.substr(0, 2) / sha.substr(2, 2));
  EXPECT_EQ(files_->get(files_->put("đơn")), "đơn");
}

TEST_F(FileStoreTest, UnknownOrMalformedNamesAreAbsent) {
  EXPECT_FALSE(files_->get(std::string(64, 'a')));
  EXPECT_FALSE(files_->get("../../etc/passwd"));
  EXPECT_FALSE(files_->get(""));
  EXPECT_FALSE(files_->get(std::string(64, 'A')));
}

TEST(FileStoreChoiceTest, UnknownChoicesAndDatabaseFilesWithoutPostgreSqlAreRefused) {
  EXPECT_THROW(open_file_store("unused", "cloud"), std::invalid_argument);
  EXPECT_THROW(open_file_store("unused", "database", ""), std::invalid_argument);
}

// Files kept in PostgreSQL: run with MOTCUA_TEST_STORE=postgresql.
class DatabaseFileStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = std::make_unique<TestDatabase>();
    if (!db_->is_postgresql()) GTEST_SKIP() << "files are kept in the database on PostgreSQL only";
    db_->open()->migrate();
    files_ = open_node();
  }
  std::unique_ptr<app::FileStore> open_node() const {
    return open_file_store("unused", "database", db_->postgresql_url(), 4);
  }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<app::FileStore> files_;
};

TEST_F(DatabaseFileStoreTest, RoundTripByContentAddressAcrossNodes) {
  const std::string bytes("%PDF-1.7\n\0binary\xff", 17);
  const auto sha = files_->put(bytes);
  EXPECT_EQ(sha, core::sha256_hex(bytes));
  EXPECT_EQ(files_->get(sha), bytes);
  EXPECT_EQ(open_node()->get(sha), bytes);  // another node, no shared folder
  EXPECT_EQ(files_->put(""), core::sha256_hex(""));
  EXPECT_EQ(files_->get(core::sha256_hex("")), "");
}

TEST_F(DatabaseFileStoreTest, StoringTheSameBytesAgainChangesNothing) {
  const auto first = files_->put("giấy khai sinh");
  EXPECT_EQ(open_node()->put("giấy khai sinh"), first);
  EXPECT_EQ(files_->get(first), "giấy khai sinh");
}

TEST_F(DatabaseFileStoreTest, EveryByteValueOfALargeFileSurvives) {
  std::string bytes(3 * 1024 * 1024, '\0');
  std::mt19937 random(7);
  for (auto& byte : bytes) byte = static_cast<char>(random());
  EXPECT_EQ(files_->get(files_->put(bytes)), bytes);
}

TEST_F(DatabaseFileStoreTest, UnknownOrMalformedNamesAreAbsent) {
  EXPECT_FALSE(files_->get(std::string(64, 'a')));
  EXPECT_FALSE(files_->get("' OR 1=1 --"));
  EXPECT_FALSE(files_->get(std::string(64, 'A')));
}

TEST_F(DatabaseFileStoreTest, ConnectionsLostToARestartAreReplaced) {
  const auto before = files_->put("đơn đề nghị");  // the pool now holds an open connection
  db_->end_sessions();                             // as a server restart would
  EXPECT_EQ(files_->get(files_->put("tờ khai")), "tờ khai");
  EXPECT_EQ(files_->get(before), "đơn đề nghị");
}

}  // namespace
}  // namespace motcua::store::testing
