// The administrative-unit catalog kept by administrators: units added, renamed and moved with
// their history; whole files imported all or nothing; everyone else refused.
#include <unistd.h>

#include "api_test.hpp"

namespace motcua::test {
namespace {

// Codes no other test or run of this suite uses.
std::string fresh_code(const std::string& suffix) {
  return "Z" + std::to_string(::getpid() % 100000) + suffix;
}

std::string unit_path(const std::string& code) { return "/api/v1/admin/admin-units/" + code; }

class AdminUnitAdminApi : public ApiTest {
 protected:
  // code → name of the units the e-form offers under `province`.
  json names_under(const std::string& province) {
    json names = json::object();
    const auto items = get("/api/v1/admin-units?parent=" + province).json().at("items");
    for (const auto& unit : items) names[unit.at("code").get<std::string>()] = unit.at("name");
    return names;
  }
};

TEST_F(AdminUnitAdminApi, AnAdministratorAddsRenamesAndMovesAUnitWithItsHistory) {
  const auto north = fresh_code("N");
  const auto south = fresh_code("S");
  const auto ward = north + ".01";
  ASSERT_EQ(put(unit_path(north), {{"name", "Tỉnh Bắc"}, {"kind", "province"}}, kAdmin).status,
            201);
  ASSERT_EQ(put(unit_path(south), {{"name", "Tỉnh Nam"}, {"kind", "province"}}, kAdmin).status,
            201);
  const auto added =
      put(unit_path(ward), {{"name", "Phường Một"}, {"kind", "ward"}, {"parent", north}}, kAdmin);
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(added.json().at("parent"), north);
  ASSERT_EQ(put(unit_path(ward),
                {{"name", "Phường Bình Minh"}, {"kind", "ward"}, {"parent", north}}, kAdmin)
                .status,
            200);
  EXPECT_EQ(names_under(north).at(ward), "Phường Bình Minh") << "addresses read the name";
  const auto moved = put(
      unit_path(ward), {{"name", "Xã Bình Minh"}, {"kind", "commune"}, {"parent", south}}, kAdmin);
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_FALSE(names_under(north).contains(ward));
  EXPECT_EQ(names_under(south).at(ward), "Xã Bình Minh");
  ASSERT_EQ(put(unit_path(ward), {{"name", "Xã Bình Minh"}, {"kind", "commune"}, {"parent", south}},
                kAdmin)
                .status,
            200);

  const auto history = get(unit_path(ward) + "/history", kAdmin);
  ASSERT_EQ(history.status, 200) << history.body;
  const auto items = history.json().at("items");
  ASSERT_EQ(items.size(), 3U) << "saving it unchanged keeps no history: " << items;
  EXPECT_EQ(items[0].at("name"), "Xã Bình Minh");
  EXPECT_EQ(items[0].at("previous_name"), "Phường Bình Minh");
  EXPECT_EQ(items[0].at("parent"), south);
  EXPECT_EQ(items[0].at("previous_parent"), north);
  EXPECT_EQ(items[1].at("previous_name"), "Phường Một");
  EXPECT_EQ(items[2].at("previous_name"), "") << "the change that created it";
  EXPECT_EQ(items[2].at("by"), kAdmin);
  const auto audit = get("/api/v1/admin/audit?action=admin_unit_changed", kAdmin).json();
  EXPECT_TRUE(std::any_of(audit.at("items").begin(), audit.at("items").end(),
                          [&](const json& e) { return e.at("target") == ward; }));
}

TEST_F(AdminUnitAdminApi, WrongUnitsAndOtherPeopleAreRefused) {
  const auto code = fresh_code("R");
  const json province{{"name", "Tỉnh R"}, {"kind", "province"}};
  EXPECT_EQ(put(unit_path(code), province, kLeader).status, 403);
  EXPECT_EQ(put(unit_path(code), province, kCitizen).status, 403);
  EXPECT_EQ(put(unit_path(code), province).status, 401);
  EXPECT_EQ(get(unit_path("H29") + "/history", kReception).status, 403);
  EXPECT_EQ(get(unit_path("NOPE") + "/history", kAdmin).status, 404);

  const auto bad = put(unit_path("mã"), {{"name", ""}, {"kind", "village"}}, kAdmin);
  ASSERT_EQ(bad.status, 400) << bad.body;
  const auto fields = bad.json()["error"]["fields"];
  EXPECT_TRUE(fields.contains("code") && fields.contains("name") && fields.contains("kind"))
      << fields;
  const auto orphan = put(unit_path(code + ".1"),
                          {{"name", "Xã X"}, {"kind", "commune"}, {"parent", "NOPE"}}, kAdmin);
  ASSERT_EQ(orphan.status, 400);
  EXPECT_EQ(orphan.json()["error"]["fields"]["parent"],
            "Không có tỉnh, thành phố mang mã này trong danh mục.");
  const auto demoted = put(
      unit_path("H29"), {{"name", "Tỉnh Minh An"}, {"kind", "commune"}, {"parent", "01"}}, kAdmin);
  ASSERT_EQ(demoted.status, 400) << "Minh An has its communes";
  EXPECT_TRUE(demoted.json()["error"]["fields"].contains("kind")) << demoted.body;
  EXPECT_EQ(get("/api/v1/admin-units?parent=" + code).status, 404) << "nothing was saved";
}

TEST_F(AdminUnitAdminApi, AFileIsImportedAllOrNothing) {
  const auto province = fresh_code("F");
  auto units = json::array({
      {{"code", province}, {"name", "Tỉnh Tệp"}, {"kind", "province"}},
      {{"code", province + ".1"}, {"name", "Phường Một"}, {"kind", "ward"}, {"parent", province}},
      {{"code", province + ".2"}, {"name", "Xã Hai"}, {"kind", "commune"}, {"parent", province}},
  });
  const auto path = "/api/v1/admin/admin-units/import";
  const auto first = post(path, {{"units", units}}, kAdmin);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json(), json({{"created", 3}, {"changed", 0}, {"unchanged", 0}}));

  units[2]["name"] = "Phường Hai";
  units[2]["kind"] = "ward";
  units.push_back(
      {{"code", province + ".3"}, {"name", "Xã Ba"}, {"kind", "commune"}, {"parent", "H99"}});
  const auto refused = post(path, {{"units", units}}, kAdmin);
  ASSERT_EQ(refused.status, 400) << refused.body;
  EXPECT_TRUE(refused.json()["error"]["fields"].contains("units[3].parent")) << refused.body;
  EXPECT_EQ(names_under(province).at(province + ".2"), "Xã Hai") << "nothing was saved";

  units.erase(3);
  const auto second = post(path, {{"units", units}}, kAdmin);
  ASSERT_EQ(second.status, 200) << second.body;
  EXPECT_EQ(second.json(), json({{"created", 0}, {"changed", 1}, {"unchanged", 2}}));
  EXPECT_EQ(names_under(province).at(province + ".2"), "Phường Hai");
  const auto history = get(unit_path(province + ".2") + "/history", kAdmin).json().at("items");
  EXPECT_EQ(history.at(0).at("previous_name"), "Xã Hai");

  EXPECT_EQ(post(path, {{"units", units}}, kLeader).status, 403);
  EXPECT_EQ(post_raw(path, "text/plain", "{}", kAdmin).status, 400);
  const auto not_catalog = post(path, {{"unit", units}}, kAdmin);
  ASSERT_EQ(not_catalog.status, 400);
  EXPECT_TRUE(not_catalog.json()["error"]["fields"].contains("file")) << not_catalog.body;
}

}  // namespace
}  // namespace motcua::test
