// The administrative-unit catalog (eform): two tiers, upserted by code, listed in catalog order.
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

TEST_F(AdminUnitsTest, ACommuneNeedsAKnownParent) {
  EXPECT_ANY_THROW(write([&](app::Transaction& tx) {
    tx.upsert_admin_unit(unit("X.1", "Xã Không Có", core::AdminUnitKind::commune, "NOPE", 1));
    return 0;
  }));
}

}  // namespace
}  // namespace motcua::store::testing
