// The audit log for administrators: sign-ins and failures are there, filtered by account and
// action, exported as CSV that a spreadsheet cannot be tricked by, and for administrators only.
#include "api_test.hpp"

namespace motcua::test {
namespace {

using AuditApi = ApiTest;

TEST_F(AuditApi, SignInsAreLoggedAndFilteredByActionAndAccount) {
  token(kReception);  // a sign-in
  const auto found =
      get("/api/v1/admin/audit?action=login&actor=" + std::string(kReception), kAdmin);
  ASSERT_EQ(found.status, 200) << found.body;
  const auto items = found.json().at("items");
  ASSERT_FALSE(items.empty());
  for (const auto& item : items) {
    EXPECT_EQ(item.at("action"), "login");
    EXPECT_EQ(item.at("actor"), kReception);
  }
  EXPECT_GT(items[0].at("id").get<long long>(), 0);
}

TEST_F(AuditApi, FailedSignInsAreExportedAsCsv) {
  post("/api/v1/auth/login", {{"username", "khong_ton_tai"}, {"password", "sai"}});
  const auto csv = get("/api/v1/admin/audit.csv?action=login_failed", kAdmin);
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.body.rfind("id,at,actor,action,target,detail,ip\r\n", 0), 0U);
  EXPECT_NE(csv.body.find("\"khong_ton_tai\",\"login_failed\""), std::string::npos)
      << csv.body.substr(0, 500);
}

TEST_F(AuditApi, OnlyAdministratorsReadIt) {
  EXPECT_EQ(get("/api/v1/admin/audit").status, 401);
  EXPECT_EQ(get("/api/v1/admin/audit", kLeader).status, 403);
  EXPECT_EQ(get("/api/v1/admin/audit.csv", kReception).status, 403);
  EXPECT_EQ(get("/api/v1/admin/audit?from=2026-13-40", kAdmin).status, 400);
}

}  // namespace
}  // namespace motcua::test
