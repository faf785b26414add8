// API.md: an administrator opens an official's account with a random first password, which works
// once, only to be changed.
#include <algorithm>

#include "api_test.hpp"

namespace motcua::test {
namespace {

using AdminUsersApi = ApiTest;

TEST_F(AdminUsersApi, AnAdministratorOpensAnOfficialsAccountWithARandomFirstPassword) {
  const json body = {{"username", "tiepnhan_moi"},
                     {"full_name", "Đinh Thị Mới"},
                     {"roles", {"reception"}},
                     {"unit", "H29.50"}};
  EXPECT_EQ(post("/api/v1/admin/users", body, kLeader).status, 403);
  const auto created = post("/api/v1/admin/users", body, kAdmin);
  ASSERT_EQ(created.status, 201) << created.body;
  const auto password = created.json().at("initial_password").get<std::string>();
  EXPECT_GE(password.size(), 12U);
  const auto again = post("/api/v1/admin/users", body, kAdmin);
  EXPECT_EQ(again.status, 400);
  EXPECT_TRUE(again.json()["error"]["fields"].contains("username")) << "the name is taken";
  const auto login =
      post("/api/v1/auth/login", {{"username", "tiepnhan_moi"}, {"password", password}});
  ASSERT_EQ(login.status, 200) << login.body;
  EXPECT_TRUE(login.json().at("password_change_required").get<bool>());
  const auto other =
      post("/api/v1/admin/users",
           {{"username", "tiepnhan_hai"}, {"roles", {"reception"}}, {"unit", "H29.50"}}, kAdmin);
  EXPECT_NE(other.json().value("initial_password", ""), password) << "each is random";
}

TEST_F(AdminUsersApi, ABadAccountIsRefusedFieldByField) {
  const auto refused =
      post("/api/v1/admin/users", {{"username", "x y"}, {"roles", {"citizen"}}, {"unit", "H29.50"}},
           kAdmin);
  ASSERT_EQ(refused.status, 400) << refused.body;
  EXPECT_TRUE(refused.json()["error"]["fields"].contains("roles")) << refused.body;
  const auto no_unit = post("/api/v1/admin/users",
                            {{"username", "chuyenvien_moi"}, {"roles", {"specialist"}}}, kAdmin);
  EXPECT_EQ(no_unit.status, 400) << no_unit.body;
}

TEST_F(AdminUsersApi, AnAdministratorListsDisablesAndEnablesOfficials) {
  const auto created = post("/api/v1/admin/users",
                            {{"username", "baohiem_tam"},
                             {"full_name", "Vũ Văn Tạm"},
                             {"roles", {"specialist"}},
                             {"unit", "H29.50"}},
                            kAdmin);
  ASSERT_EQ(created.status, 201) << created.body;
  const auto password = created.json().at("initial_password").get<std::string>();
  const auto listed = get("/api/v1/admin/users", kAdmin);
  ASSERT_EQ(listed.status, 200) << listed.body;
  const auto items = listed.json().at("items");
  const auto found = std::find_if(items.begin(), items.end(),
                                  [](const json& u) { return u.at("username") == "baohiem_tam"; });
  ASSERT_NE(found, items.end());
  EXPECT_EQ(found->at("unit").at("code"), "H29.50");
  EXPECT_EQ(found->at("active"), true);
  EXPECT_TRUE(std::none_of(items.begin(), items.end(), [](const json& u) {
    return u.at("username") == kCitizen;
  })) << "officials only";

  const auto disabled = post("/api/v1/admin/users/baohiem_tam/disable", json::object(), kAdmin);
  ASSERT_EQ(disabled.status, 200) << disabled.body;
  EXPECT_EQ(disabled.json().at("active"), false);
  EXPECT_NE(
      post("/api/v1/auth/login", {{"username", "baohiem_tam"}, {"password", password}}).status, 200)
      << "a disabled account cannot sign in";
  ASSERT_EQ(post("/api/v1/admin/users/baohiem_tam/enable", json::object(), kAdmin).status, 200);
  EXPECT_EQ(
      post("/api/v1/auth/login", {{"username", "baohiem_tam"}, {"password", password}}).status,
      200);

  EXPECT_EQ(get("/api/v1/admin/users", kLeader).status, 403);
  EXPECT_EQ(post("/api/v1/admin/users/quantri/disable", json::object(), kAdmin).status, 409)
      << "not one's own account";
  EXPECT_EQ(post("/api/v1/admin/users/congdan/disable", json::object(), kAdmin).status, 404)
      << "citizens' accounts are not kept here";
}

}  // namespace
}  // namespace motcua::test
