// API.md: an administrator opens an official's account with a random first password, which works
// once, only to be changed.
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

}  // namespace
}  // namespace motcua::test
