// Reading a catalog file of administrative units: its shape, each unit's place in the two tiers,
// and what is already stored.
#include "app/admin_unit_file.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace motcua::app {
namespace {

using nlohmann::json;

std::string file_of(const json& units) { return json{{"units", units}}.dump(); }

TEST(AdminUnitFile, ReadsUnitsProvincesFirstInTheirOrder) {
  const auto file = read_admin_unit_file(file_of(json::array({
      {{"code", "H29.12.07"}, {"name", "Xã Phú An"}, {"kind", "commune"}, {"parent", "H29"}},
      {{"code", "H29"}, {"name", "Tỉnh Minh An"}, {"kind", "province"}, {"position", 0}},
      {{"code", "H29.12.05"}, {"name", "Phường Minh An"}, {"kind", "ward"}, {"parent", "H29"}},
  })));
  ASSERT_TRUE(file.problems.empty()) << file.problems.begin()->first;
  ASSERT_EQ(file.units.size(), 3U);
  EXPECT_EQ(file.units[0].code, "H29") << "parents are saved first";
  EXPECT_EQ(file.units[0].position, 0) << "an explicit position";
  EXPECT_EQ(file.units[1].code, "H29.12.07");
  EXPECT_EQ(file.units[1].position, 1) << "its place in the file";
  EXPECT_EQ(file.units[2].position, 3);
  EXPECT_EQ(file.units[2].kind, core::AdminUnitKind::ward);
}

TEST(AdminUnitFile, AFileThatIsNotACatalogIsRefusedWhole) {
  for (const std::string text : {"", "[]", "{\"units\": {}}", "{\"unit\": []}", "not json"})
    EXPECT_EQ(read_admin_unit_file(text).problems.at("file"), "error.admin_unit_file") << text;
  EXPECT_EQ(read_admin_unit_file(file_of(json::array())).problems.at("file"),
            "error.admin_unit_file_size");
  const std::string deep = "{\"units\": " + std::string(100, '[') + std::string(100, ']') + "}";
  EXPECT_EQ(read_admin_unit_file(deep).problems.at("file"), "error.admin_unit_file");
}

TEST(AdminUnitFile, EachWrongUnitIsNamedByItsPlace) {
  const auto file = read_admin_unit_file(file_of(json::array({
      {{"code", "H29"}, {"name", "Tỉnh Minh An"}, {"kind", "province"}},
      {{"code", "H29"}, {"name", "Tỉnh Minh An"}, {"kind", "province"}},
      {{"code", "H29.1"}, {"name", "Xã Một"}, {"kind", "village"}, {"parent", "H29"}},
      {{"code", "H29.2"}, {"name", "Xã Hai"}, {"kind", "commune"}, {"parent", "H30"}},
      {{"code", "h29.3"}, {"name", ""}, {"kind", "commune"}, {"parent", "H29"}},
      "not an object",
      {{"code", "H29.4"},
       {"name", "Xã Bốn"},
       {"kind", "commune"},
       {"parent", "H29"},
       {"position", "first"}},
  })));
  const auto& p = file.problems;
  EXPECT_EQ(p.at("units[1].code"), "error.admin_unit_duplicate");
  EXPECT_EQ(p.at("units[2].kind"), "error.admin_unit_kind");
  EXPECT_EQ(p.at("units[3].parent"), "error.unknown_admin_unit");
  EXPECT_EQ(p.at("units[4].code"), "error.admin_unit_code");
  EXPECT_EQ(p.at("units[4].name"), "error.required");
  EXPECT_EQ(p.at("units[5].code"), "error.form_shape");
  EXPECT_EQ(p.at("units[6].position"), "error.form_shape");
  EXPECT_EQ(p.count("units[0].code"), 0U);
}

TEST(AdminUnitFile, ParentsAndCommunesAlreadyStoredCount) {
  const core::AdminUnit stored_province{"01", "Thành phố Hà Nội", core::AdminUnitKind::city, "", 1};
  const StoredAdminUnits stored{[&](const std::string& code) {
                                  return code == "01" ? std::optional(stored_province)
                                                      : std::nullopt;
                                },
                                [](const std::string& code) { return code == "04"; }};
  const auto file = read_admin_unit_file(
      file_of(json::array({
          {{"code", "00004"}, {"name", "Phường Ba Đình"}, {"kind", "ward"}, {"parent", "01"}},
          {{"code", "04"}, {"name", "Xã Cao Bằng"}, {"kind", "commune"}, {"parent", "01"}},
      })),
      stored);
  EXPECT_EQ(file.problems.count("units[0].parent"), 0U) << "the stored city is a parent";
  EXPECT_EQ(file.problems.at("units[1].kind"), "error.admin_unit_has_units")
      << "a stored province with communes cannot become one";
}

TEST(AdminUnitFile, ReportsAtMostFiftyProblems) {
  json units = json::array();
  for (int i = 0; i < 200; ++i) units.push_back({{"code", "bad"}, {"name", ""}, {"kind", "x"}});
  EXPECT_EQ(read_admin_unit_file(file_of(units)).problems.size(), 50U);
}

}  // namespace
}  // namespace motcua::app
