// The local catalog against the national one (requirements §9.2): durations in working time,
// fees as the amounts charged, names up to spacing, and the four states a procedure can be in.
#include "core/catalog_comparison.hpp"

#include <gtest/gtest.h>

namespace motcua::core {
namespace {

NationalProcedure national(const std::string& code, const std::string& name,
                           const std::string& days, std::vector<long long> fees) {
  NationalProcedure procedure;
  procedure.code = code;
  procedure.name = name;
  for (const int channel : {1, 2}) procedure.durations.push_back({channel, days, "Ngày làm việc"});
  procedure.fees_vnd = std::move(fees);
  return procedure;
}

Procedure local(const std::string& code, const std::string& name, int days,
                const std::vector<long long>& fees) {
  Procedure procedure;
  procedure.code = code;
  procedure.name = name;
  procedure.duration_working_days = days;
  for (const auto amount : fees) procedure.fees.push_back({"Lệ phí", amount, ""});
  return procedure;
}

TEST(CatalogComparison, WorkingDaysAndHoursAreWorkingTime) {
  EXPECT_EQ(working_minutes("1", "Ngày làm việc"), 480);
  EXPECT_EQ(working_minutes(" 3 ", "ngày  làm việc"), 3 * 480);
  EXPECT_EQ(working_minutes("0,5", "Ngày làm việc"), 240) << "the Vietnamese decimal comma";
  EXPECT_EQ(working_minutes("1.5", "Ngay lam viec"), 720);
  EXPECT_EQ(working_minutes("8", "Giờ"), 480) << "requirements §2.3: 8 hours a working day";
  EXPECT_EQ(working_minutes("4", "Giờ làm việc"), 240);
}

TEST(CatalogComparison, CalendarTimeAndUnreadableValuesAreNotWorkingTime) {
  EXPECT_FALSE(working_minutes("15", "Ngày"));
  EXPECT_FALSE(working_minutes("1", "Tháng"));
  EXPECT_FALSE(working_minutes("", "Ngày làm việc"));
  EXPECT_FALSE(working_minutes("ba", "Ngày làm việc"));
  EXPECT_FALSE(working_minutes("-1", "Ngày làm việc"));
  EXPECT_FALSE(working_minutes("1,2,3", "Ngày làm việc"));
  EXPECT_FALSE(working_minutes("99999999999", "Ngày làm việc")) << "bounded";
}

TEST(CatalogComparison, TheLongestChannelIsTheNationalDuration) {
  auto procedure = national("1.000001", "Thủ tục", "5", {});
  procedure.durations.push_back({2, "3", "Ngày làm việc"});
  EXPECT_EQ(national_working_minutes(procedure), 5 * 480);
  procedure.durations.push_back({3, "30", "Ngày"});
  EXPECT_FALSE(national_working_minutes(procedure)) << "one channel in calendar days";
  procedure.durations.clear();
  EXPECT_FALSE(national_working_minutes(procedure));
}

TEST(CatalogComparison, FeesCompareAsTheAmountsCharged) {
  EXPECT_EQ(charged_amounts(std::vector<long long>{8000, 0, 8000, 2000}),
            (std::vector<long long>{2000, 8000}));
  EXPECT_TRUE(charged_amounts(std::vector<long long>{0}).empty()) << "free as no fee";
}

TEST(CatalogComparison, NamesCompareUpToSpacing) {
  EXPECT_TRUE(same_procedure_name(" Đăng ký  khai sinh\n", "Đăng ký khai sinh"));
  EXPECT_TRUE(same_procedure_name("Đăng ký\u00A0khai sinh", "Đăng ký khai sinh"));
  EXPECT_FALSE(same_procedure_name("Đăng ký khai tử", "Đăng ký khai sinh"));
  EXPECT_FALSE(same_procedure_name("Dang ky khai sinh", "Đăng ký khai sinh"))
      << "diacritics are part of the name";
}

TEST(CatalogComparison, EachDifferingFieldIsNamed) {
  const auto birth = local("1.001193", "Đăng ký khai sinh", 1, {0, 8000});
  EXPECT_TRUE(
      differing_fields(national("1.001193", "Đăng ký khai sinh", "1", {8000}), birth).empty());
  EXPECT_EQ(differing_fields(national("1.001193", "Đăng ký khai sinh", "2", {8000}), birth),
            std::vector<CatalogField>{CatalogField::duration});
  EXPECT_EQ(differing_fields(national("1.001193", "Đăng ký khai sinh", "1", {10000}), birth),
            std::vector<CatalogField>{CatalogField::fee});
  EXPECT_EQ(
      differing_fields(national("1.001193", "Khai sinh", "8", {}), birth),
      (std::vector<CatalogField>{CatalogField::name, CatalogField::duration, CatalogField::fee}));
}

TEST(CatalogComparison, ADurationInHoursMatchesTheSameWorkingDays) {
  auto procedure = national("1.001193", "Đăng ký khai sinh", "8", {});
  procedure.durations = {{1, "8", "Giờ"}};
  EXPECT_TRUE(differing_fields(procedure, local("1.001193", "Đăng ký khai sinh", 1, {})).empty());
}

TEST(CatalogComparison, CalendarDaysAreShownAsADifference) {
  auto procedure = national("1.001193", "Đăng ký khai sinh", "1", {});
  procedure.durations = {{1, "1", "Ngày"}};
  EXPECT_EQ(differing_fields(procedure, local("1.001193", "Đăng ký khai sinh", 1, {})),
            std::vector<CatalogField>{CatalogField::duration});
}

TEST(CatalogComparison, NoPublishedDurationIsNoDifference) {
  auto procedure = national("1.001193", "Đăng ký khai sinh", "1", {});
  procedure.durations.clear();
  EXPECT_TRUE(differing_fields(procedure, local("1.001193", "Đăng ký khai sinh", 1, {})).empty());
}

TEST(CatalogComparison, EveryProcedureOnEitherSideIsReportedOnce) {
  const std::vector<NationalProcedure> nationals{
      national("1.000894", "Đăng ký kết hôn", "1", {}),
      national("1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân", "3", {20000}),
      national("1.004884", "Đăng ký lại khai sinh", "5", {})};
  const std::vector<Procedure> locals{
      local("LT.0001", "Liên thông", 5, {}), local("1.000894", "Đăng ký kết hôn", 1, {0}),
      local("1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân", 3, {15000}),
      local("1.001612", "Đăng ký thành lập hộ kinh doanh", 3, {100000})};
  const auto rows = compare_catalogs(nationals, locals);
  ASSERT_EQ(rows.size(), 5U);
  EXPECT_EQ(rows[0].code, "1.000894");
  EXPECT_EQ(rows[0].state, CatalogState::matched);
  EXPECT_EQ(rows[0].local, &locals[1]);
  EXPECT_EQ(rows[1].state, CatalogState::differs);
  EXPECT_EQ(rows[1].differences, std::vector<CatalogField>{CatalogField::fee});
  EXPECT_EQ(rows[2].code, "1.004884");
  EXPECT_EQ(rows[2].state, CatalogState::missing_here);
  EXPECT_EQ(rows[2].local, nullptr);
  EXPECT_EQ(rows[3].code, "1.001612") << "local ones absent nationally follow, by code";
  EXPECT_EQ(rows[3].state, CatalogState::absent_nationally);
  EXPECT_EQ(rows[3].national, nullptr);
  EXPECT_EQ(rows[4].code, "LT.0001");
}

TEST(CatalogComparison, StatesAndFieldsHaveStableNames) {
  for (const auto state : {CatalogState::matched, CatalogState::differs, CatalogState::missing_here,
                           CatalogState::absent_nationally})
    EXPECT_EQ(parse_catalog_state(catalog_state_name(state)), state);
  EXPECT_FALSE(parse_catalog_state("other"));
  EXPECT_EQ(catalog_field_name(CatalogField::duration), "duration");
}

}  // namespace
}  // namespace motcua::core
