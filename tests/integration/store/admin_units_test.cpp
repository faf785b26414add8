// The administrative-unit catalog (eform): two tiers, upserted by code, listed in catalog order.
#include <chrono>
#include <thread>

#include "integration/store/store_fixture.hpp"

namespace motcua::store::testing {
namespace {

using AdminUnitsTest = StoreTest;

core::AdminUnit unit(std::string code, std::string name, core::AdminUnitKind kind,
                     std::string parent, int position) {
  return {std::move(code), std::move(name), kind, std::move(parent), position};
}

TEST_F(AdminUnitsTest, ProvincesThenCommunesInCatalogOrder) {
  write([&](app::Transaction& tx) {
    tx.upsert_admin_unit(unit("H29", "Tỉnh Minh An", core::AdminUnitKind::province, "", 0));
    tx.upsert_admin_unit(unit("01", "Thành phố Hà Nội", core::AdminUnitKind::city, "", 1));
    tx.upsert_admin_unit(unit("H29.12.07", "Xã Phú An", core::AdminUnitKind::commune, "H29", 3));
    tx.upsert_admin_unit(unit("H29.12.05", "Phường Minh An", core::AdminUnitKind::ward, "H29", 2));
    tx.upsert_admin_unit(
        unit("H29.12.27", "Đặc khu Hòn Ngọc", core::AdminUnitKind::special_zone, "H29", 4));
    return 0;
  });
  const auto provinces = read([&](app::Transaction& tx) { return tx.list_admin_units(""); });
  ASSERT_EQ(provinces.size(), 2u);
  EXPECT_EQ(provinces[0].code, "H29");
  EXPECT_EQ(provinces[1].kind, core::AdminUnitKind::city);
  EXPECT_TRUE(provinces[1].parent_code.empty());

  const auto communes = read([&](app::Transaction& tx) { return tx.list_admin_units("H29"); });
  ASSERT_EQ(communes.size(), 3u);
  EXPECT_EQ(communes[0].name, "Phường Minh An");
  EXPECT_EQ(communes[1].code, "H29.12.07");
  EXPECT_EQ(communes[2].kind, core::AdminUnitKind::special_zone);
  EXPECT_EQ(communes[2].parent_code, "H29");
  EXPECT_TRUE(read([&](app::Transaction& tx) { return tx.list_admin_units("01"); }).empty());
  EXPECT_TRUE(read([&](app::Transaction& tx) { return tx.list_admin_units("99"); }).empty());
}

TEST_F(AdminUnitsTest, UpsertByCodeRenamesWithoutDuplicating) {
  write([&](app::Transaction& tx) {
    tx.upsert_admin_unit(unit("46", "Tỉnh Thừa Thiên Huế", core::AdminUnitKind::province, "", 1));
    tx.upsert_admin_unit(unit("46", "Thành phố Huế", core::AdminUnitKind::city, "", 1));
    return 0;
  });
  const auto found = read([&](app::Transaction& tx) { return tx.find_admin_unit("46"); });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->name, "Thành phố Huế");
  EXPECT_EQ(found->kind, core::AdminUnitKind::city);
  EXPECT_EQ(read([&](app::Transaction& tx) { return tx.list_admin_units(""); }).size(), 1u);
  EXPECT_FALSE(read([&](app::Transaction& tx) { return tx.find_admin_unit("47"); }));
}

// A unit once read is kept by the process: a rename through it shows at once, even to a unit read
// as missing before; a rename through another process within a second.
TEST_F(AdminUnitsTest, ARenameShowsAtOnceHereAndWithinASecondFromAnotherProcess) {
  const auto name_of = [&](const char* code) {
    const auto found = read([&](app::Transaction& tx) { return tx.find_admin_unit(code); });
    return found ? found->name : std::string("(none)");
  };
  write([&](app::Transaction& tx) {
    tx.upsert_admin_unit(unit("46", "Tỉnh Thừa Thiên Huế", core::AdminUnitKind::province, "", 1));
  });
  EXPECT_EQ(name_of("46"), "Tỉnh Thừa Thiên Huế");
  EXPECT_EQ(name_of("48"), "(none)");
  const auto seen_in_write = write([&](app::Transaction& tx) {
    tx.upsert_admin_unit(unit("46", "Thành phố Huế", core::AdminUnitKind::city, "", 1));
    tx.upsert_admin_unit(unit("48", "Thành phố Đà Nẵng", core::AdminUnitKind::city, "", 2));
    return tx.find_admin_unit("46")->name;
  });
  EXPECT_EQ(seen_in_write, "Thành phố Huế");
  EXPECT_EQ(name_of("46"), "Thành phố Huế");
  EXPECT_EQ(name_of("48"), "Thành phố Đà Nẵng");

  const auto other = db_->open();
  other->write([&](app::Transaction& tx) {
    tx.upsert_admin_unit(unit("48", "Đà Nẵng", core::AdminUnitKind::city, "", 2));
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  EXPECT_EQ(name_of("48"), "Đà Nẵng");
}

TEST_F(AdminUnitsTest, ACommuneNeedsAKnownParent) {
  EXPECT_ANY_THROW(write([&](app::Transaction& tx) {
    tx.upsert_admin_unit(unit("X.1", "Xã Không Có", core::AdminUnitKind::commune, "NOPE", 1));
    return 0;
  }));
}

}  // namespace
}  // namespace motcua::store::testing
