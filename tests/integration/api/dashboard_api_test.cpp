// The leader's dashboard counts each dossier received in the period once, by how it stands, and
// shows a leader only their own units.
#include "api_test.hpp"

namespace motcua::test {
namespace {

class DashboardApi : public ApiTest {
 protected:
  json board(const std::string& user, const std::string& query = "") {
    const auto response = get("/api/v1/work/dashboard" + query, user);
    EXPECT_EQ(response.status, 200) << response.body;
    return response.json();
  }
};

TEST_F(DashboardApi, EachReceivedDossierCountsOnceByHowItStands) {
  const auto before = board(kLeader).at("total");
  const auto resolved = submitted_dossier();
  act(kReception, resolved.code, "receive");
  act(kReception, resolved.code, "forward", {{"to", kSpecialist}});
  act(kLeader, resolved.code, "approve");
  const auto open = submitted_dossier();
  act(kReception, open.code, "receive");
  submitted_dossier();  // not received: not counted
  const auto after = board(kLeader).at("total");
  EXPECT_EQ(after.at("received").get<int>(), before.at("received").get<int>() + 2);
  const auto resolved_count = [](const json& t) {
    const auto& r = t.at("resolved");
    return r.at("early").get<int>() + r.at("on_time").get<int>() + r.at("late").get<int>();
  };
  EXPECT_EQ(resolved_count(after), resolved_count(before) + 1);
  EXPECT_EQ(after.at("pending").at("in_time").get<int>(),
            before.at("pending").at("in_time").get<int>() + 1);
  const auto by_official = board(kLeader).at("by_official");
  EXPECT_TRUE(std::any_of(by_official.begin(), by_official.end(),
                          [](const json& row) { return row.at("key") == kSpecialist; }));
}

TEST_F(DashboardApi, LeadersSeeTheirOwnUnitsOnly) {
  EXPECT_EQ(get("/api/v1/work/dashboard?unit=H29.20.05", kLeader).status, 404);
  EXPECT_EQ(board("lanhdaotinh", "?unit=H29.12.05").at("unit").at("code"), "H29.12.05");
  EXPECT_EQ(board(kAdmin, "?unit=H29.20.05").at("unit").at("code"), "H29.20.05");
  EXPECT_EQ(get("/api/v1/work/dashboard", kSpecialist).status, 403);
  EXPECT_EQ(get("/api/v1/work/dashboard", kCitizen).status, 403);
  EXPECT_EQ(get("/api/v1/work/dashboard?from=2026-02-30", kLeader).status, 400);
  EXPECT_EQ(get("/api/v1/work/dashboard?from=2024-01-01&to=2026-01-01", kLeader).status, 400);
  EXPECT_EQ(get("/api/v1/work/dashboard?from=2026-12-02&to=2026-12-01", kLeader).status, 400);
}

}  // namespace
}  // namespace motcua::test
