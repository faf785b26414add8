// The agency tree kept by administrators: a new unit beneath the province, then changed; a bad
// identifier, an unknown parent and a unit put beneath its own child are refused field by field.
#include "api_test.hpp"

namespace motcua::test {
namespace {

class UnitAdminApi : public ApiTest {
 protected:
  json unit(const std::string& code) {
    const auto items = get("/api/v1/admin/units", kAdmin).json().at("items");
    for (const auto& item : items)
      if (item.at("code") == code) return item;
    return json();
  }
};

TEST_F(UnitAdminApi, AnAdministratorAddsAUnitAndChangesIt) {
  const auto code = "H29.9" + std::to_string(::getpid() % 1000);
  EXPECT_EQ(get("/api/v1/admin/units", kLeader).status, 403);
  EXPECT_EQ(
      put("/api/v1/admin/units/" + code, {{"name", "x"}, {"kind", "commune"}}, kLeader).status,
      403);
  const json body = {{"name", "Ủy ban nhân dân xã Thử Nghiệm"},
                     {"parent", "H29"},
                     {"kind", "commune"},
                     {"email", "xathunghiem@minhan.gov.vn"}};
  const auto created = put("/api/v1/admin/units/" + code, body, kAdmin);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json().at("parent"), "H29");
  auto changed = body;
  changed["name"] = "Ủy ban nhân dân xã Thử Nghiệm Mới";
  const auto again = put("/api/v1/admin/units/" + code, changed, kAdmin);
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(unit(code).at("name"), "Ủy ban nhân dân xã Thử Nghiệm Mới");
  const auto audit = get("/api/v1/admin/audit?action=unit_changed", kAdmin).json().at("items");
  EXPECT_TRUE(std::any_of(audit.begin(), audit.end(), [&](const json& e) {
    return e.at("target") == code;
  })) << audit;
}

TEST_F(UnitAdminApi, ABadUnitIsRefusedFieldByField) {
  const auto bad =
      put("/api/v1/admin/units/h29%20x",
          {{"name", ""}, {"parent", "KHONG.CO"}, {"kind", "galaxy"}, {"phone", "12"}}, kAdmin);
  ASSERT_EQ(bad.status, 400) << bad.body;
  const auto fields = bad.json()["error"]["fields"];
  for (const auto* field : {"code", "name", "parent", "kind", "phone"})
    EXPECT_TRUE(fields.contains(field)) << field << ": " << bad.body;
  const auto province = unit("H29");
  ASSERT_FALSE(province.is_null());
  auto beneath = province;
  beneath["parent"] = "H29.50";  // the province under one of its own wards
  const auto cycle = put("/api/v1/admin/units/H29", beneath, kAdmin);
  ASSERT_EQ(cycle.status, 400) << cycle.body;
  EXPECT_TRUE(cycle.json()["error"]["fields"].contains("parent"));
}

}  // namespace
}  // namespace motcua::test
