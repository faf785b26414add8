#include "core/unit_rules.hpp"

#include <gtest/gtest.h>

namespace motcua::core {
namespace {

std::vector<Unit> tree() {
  Unit province{.id = 1, .code = "H29", .name = "UBND tỉnh"};
  Unit ward{.id = 2, .code = "H29.50", .name = "UBND phường", .parent_id = 1};
  Unit office{.id = 3, .code = "H29.50.01", .name = "Bộ phận một cửa", .parent_id = 2};
  return {province, ward, office};
}

TEST(UnitRules, AWellFormedUnitHasNoProblem) {
  const Unit unit{.code = "H29.51", .name = "UBND xã", .parent_id = 1, .email = "xa@minhan.gov.vn"};
  EXPECT_TRUE(unit_problems(unit, tree()).empty());
}

TEST(UnitRules, ABadUnitIsRefusedFieldByField) {
  const Unit unit{.code = "h29 51", .name = " ", .parent_id = 99, .phone = "12", .email = "x@"};
  const auto problems = unit_problems(unit, tree());
  EXPECT_EQ(problems.at("code"), "error.unit_code");
  EXPECT_EQ(problems.at("name"), "error.required");
  EXPECT_EQ(problems.at("parent"), "error.unknown_unit");
  EXPECT_EQ(problems.at("phone"), "error.phone");
  EXPECT_EQ(problems.at("email"), "error.email");
  EXPECT_EQ(unit_problems({.code = ".H29", .name = "x"}, tree()).at("code"), "error.unit_code");
}

TEST(UnitRules, AUnitCannotBePutBeneathItself) {
  auto ward = tree()[1];
  ward.parent_id = 3;  // its own child
  EXPECT_EQ(unit_problems(ward, tree()).at("parent"), "error.unit_cycle");
  ward.parent_id = 2;  // itself
  EXPECT_EQ(unit_problems(ward, tree()).at("parent"), "error.unit_cycle");
  ward.parent_id = 1;
  EXPECT_TRUE(unit_problems(ward, tree()).empty());
}

}  // namespace
}  // namespace motcua::core
