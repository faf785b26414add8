// The public statistics (API.md "Feedback, ratings, statistics…"): anyone reads a unit's figures
// for a period, and they move exactly as dossiers are received, resolved and rated.
#include "api_test.hpp"

namespace motcua::test {
namespace {

using StatisticsApi = ApiTest;

TEST_F(StatisticsApi, TheFiguresFollowTheDossiers) {
  const auto stats = [&] {
    const auto response = get("/api/v1/stats");
    EXPECT_EQ(response.status, 200) << response.body;
    return response.json();
  };
  const auto before = stats();
  EXPECT_FALSE(before.at("unit").at("code").get<std::string>().empty()) << "the province";
  const auto dossier = submitted_dossier();
  act(kReception, dossier.code, "receive");
  const auto received = stats();
  EXPECT_EQ(received.at("received"), before.at("received").get<int>() + 1);
  EXPECT_EQ(received.at("online"), before.at("online").get<int>() + 1);
  EXPECT_EQ(received.at("pending").at("in_time"),
            before.at("pending").at("in_time").get<int>() + 1);
  act(kReception, dossier.code, "forward", {{"to", kSpecialist}, {"comment", "Chuyển"}});
  act(kLeader, dossier.code, "approve", {{"comment", "Đồng ý"}});
  ASSERT_EQ(post("/api/v1/dossiers/" + dossier.code + "/rating",
                 {{"scores",
                   {{"satisfaction", 5},
                    {"timeliness", 5},
                    {"attitude", 5},
                    {"guidance", 5},
                    {"online_service", 5}}}},
                 kCitizen)
                .status,
            201);
  const auto resolved = stats();
  const auto resolved_count = [](const json& s) {
    return s.at("resolved").at("early").get<int>() + s.at("resolved").at("on_time").get<int>() +
           s.at("resolved").at("late").get<int>();
  };
  EXPECT_EQ(resolved_count(resolved), resolved_count(before) + 1);
  EXPECT_EQ(resolved.at("pending").at("in_time"), before.at("pending").at("in_time"));
  EXPECT_EQ(resolved.at("rated"), before.at("rated").get<int>() + 1);
  EXPECT_GT(resolved.at("satisfaction").get<double>(), 0.0);
}

TEST_F(StatisticsApi, ABadPeriodOrUnitIsRefused) {
  EXPECT_EQ(get("/api/v1/stats?from=2026-13-01").status, 400);
  EXPECT_EQ(get("/api/v1/stats?from=2024-01-01&to=2026-01-01").status, 400) << "over a year";
  EXPECT_EQ(get("/api/v1/stats?unit=KHONG.CO").status, 404);
}

}  // namespace
}  // namespace motcua::test
