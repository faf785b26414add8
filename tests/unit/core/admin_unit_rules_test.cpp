#include "core/admin_unit_rules.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace motcua::core {
namespace {

const AdminUnit kProvince{"H29", "Tỉnh Minh An", AdminUnitKind::province, "", 0};
const AdminUnit kWard{"H29.12.05", "Phường Minh An", AdminUnitKind::ward, "H29", 1};

TEST(AdminUnitRules, TwoTiersAreAccepted) {
  EXPECT_TRUE(admin_unit_problems(kProvince, std::nullopt, true).empty());
  EXPECT_TRUE(admin_unit_problems({"01", "Thành phố Hà Nội", AdminUnitKind::city, "", 0},
                                  std::nullopt, false)
                  .empty());
  EXPECT_TRUE(admin_unit_problems(kWard, kProvince, false).empty());
  EXPECT_TRUE(
      admin_unit_problems({"26734", "Đặc khu Côn Đảo", AdminUnitKind::special_zone, "H29", 2},
                          kProvince, false)
          .empty());
}

TEST(AdminUnitRules, CodeAndNameAreChecked) {
  auto unit = kWard;
  for (const auto& code :
       std::vector<std::string>{"", "h29.1", ".H29", "H29.", "Mã", std::string(21, '1')}) {
    unit.code = code;
    EXPECT_EQ(admin_unit_problems(unit, kProvince, false).at("code"), "error.admin_unit_code")
        << code;
  }
  unit = kWard;
  unit.name = "  ";
  EXPECT_EQ(admin_unit_problems(unit, kProvince, false).at("name"), "error.required");
  unit.name = std::string(201, 'x');
  EXPECT_EQ(admin_unit_problems(unit, kProvince, false).at("name"), "error.too_long");
  unit.name = "\xff\xfe";
  EXPECT_EQ(admin_unit_problems(unit, kProvince, false).at("name"), "error.too_long");
}

TEST(AdminUnitRules, AProvinceStandsAloneAndACommuneLiesInAProvince) {
  auto province = kProvince;
  province.parent_code = "01";
  EXPECT_EQ(admin_unit_problems(province, std::nullopt, false).at("parent"),
            "error.admin_unit_province_parent");
  auto ward = kWard;
  ward.parent_code = "";
  EXPECT_EQ(admin_unit_problems(ward, std::nullopt, false).at("parent"), "error.required");
  ward.parent_code = "H99";
  EXPECT_EQ(admin_unit_problems(ward, std::nullopt, false).at("parent"),
            "error.unknown_admin_unit");
  ward.parent_code = "H29.12.07";
  const AdminUnit commune{"H29.12.07", "Xã Phú An", AdminUnitKind::commune, "H29", 2};
  EXPECT_EQ(admin_unit_problems(ward, commune, false).at("parent"), "error.admin_unit_parent_tier");
  ward.parent_code = ward.code;
  EXPECT_EQ(admin_unit_problems(ward, kProvince, false).at("parent"),
            "error.admin_unit_parent_tier");
}

TEST(AdminUnitRules, AProvinceWithCommunesCannotBecomeOne) {
  auto province = kProvince;
  province.kind = AdminUnitKind::commune;
  province.parent_code = "01";
  const AdminUnit hanoi{"01", "Thành phố Hà Nội", AdminUnitKind::city, "", 0};
  EXPECT_EQ(admin_unit_problems(province, hanoi, true).at("kind"), "error.admin_unit_has_units");
  EXPECT_TRUE(admin_unit_problems(province, hanoi, false).empty())
      << "a province with no communes may merge into another as one";
}

}  // namespace
}  // namespace motcua::core
