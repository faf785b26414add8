// How a SQLite connection reads its store: through a memory map while the store is small, through
// its page cache once it is larger than the map; and how it binds bytes.
#include "store/sqlite/sqlite_connection.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "app/ports/store.hpp"

namespace motcua::store::testing {
namespace {

namespace fs = std::filesystem;

constexpr std::int64_t kGigabyte = std::int64_t{1} << 30;

class SqliteConnectionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("motcua-sqlite-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "store.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  static long long mapped(sqlite::SqliteConnection& connection) {
    return connection.query("PRAGMA mmap_size", {}).at(0).integer(0);
  }

  fs::path dir_;
  std::string path_;
};

TEST(MemoryMapBytes, MapsAStoreUpToAGigabyteAndNoneOfALargerOne) {
  EXPECT_EQ(sqlite::memory_map_bytes(0), kGigabyte);
  EXPECT_EQ(sqlite::memory_map_bytes(std::uintmax_t{200} * 1024 * 1024), kGigabyte);
  EXPECT_EQ(sqlite::memory_map_bytes(kGigabyte), kGigabyte);
  EXPECT_EQ(sqlite::memory_map_bytes(kGigabyte + 1), 0);
}

TEST_F(SqliteConnectionTest, ANewStoreIsReadThroughTheMap) {
  sqlite::SqliteConnection connection(path_, sqlite::Role::writer);
  EXPECT_EQ(mapped(connection), kGigabyte);
}

TEST_F(SqliteConnectionTest, AStoreLargerThanTheMapIsReadThroughTheCache) {
  {
    sqlite::SqliteConnection writer(path_, sqlite::Role::writer);
    writer.exec_script(
        "PRAGMA journal_mode = DELETE; CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7)");
  }
  // Grown past the map without writing a gigabyte: the pages beyond the store's own are a hole.
  fs::resize_file(path_, kGigabyte + 4096);
  sqlite::SqliteConnection reader(path_, sqlite::Role::reader);
  EXPECT_EQ(mapped(reader), 0);
  EXPECT_EQ(reader.query("SELECT x FROM t", {}).at(0).integer(0), 7);
}

TEST_F(SqliteConnectionTest, BytesAreBoundAsABlobWithTheirZeroBytes) {
  sqlite::SqliteConnection connection(path_, sqlite::Role::writer);
  const auto row =
      connection
          .query("SELECT typeof($1), length($1), hex($1)", {sql::Bytes{std::string("a\0\xff", 3)}})
          .at(0);
  EXPECT_EQ(row.text(0), "blob");
  EXPECT_EQ(row.integer(1), 3);
  EXPECT_EQ(row.text(2), "6100FF");
}

}  // namespace
}  // namespace motcua::store::testing
