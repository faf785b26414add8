// The service indices (QĐ 766): each group's counts move with dossiers taken to known outcomes
// through the API (compared as differences, since the server is shared), the score is the group's
// share of its points, and Excel and PDF say what the figures say.
#include <chrono>
#include <regex>

#include "api_test.hpp"
#include "core/time.hpp"
#include "pdf_file.hpp"

namespace motcua::test {
namespace {

class IndexReportApi : public ApiTest {
 protected:
  static std::string today() {
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const auto day = core::format_date(core::to_local(now).date);
    return "?from=" + day + "&to=" + day;
  }
  json groups() {
    const auto response = get("/api/v1/reports/indices" + today(), kLeader);
    EXPECT_EQ(response.status, 200) << response.body;
    return response.json().at("total").at("groups");
  }
  // met and measured of each group, after minus before.
  static json moved(const json& after, const json& before) {
    json out = json::object();
    for (const auto& [name, group] : after.items())
      out[name] = {
          group.at("met").get<long long>() - before.at(name).at("met").get<long long>(),
          group.at("measured").get<long long>() - before.at(name).at("measured").get<long long>()};
    return out;
  }
};

TEST_F(IndexReportApi, EachGroupCountsTheDossiersThatMetItsMeasure) {
  const auto before = groups();
  const auto pending = submitted_dossier();
  act(kReception, pending.code, "receive");
  const auto resolved = submitted_dossier();
  act(kReception, resolved.code, "receive");
  act(kReception, resolved.code, "forward", {{"to", kSpecialist}, {"comment", "Chuyển"}});
  act(kLeader, resolved.code, "approve", {{"comment", "Đồng ý"}});
  const auto result = post_multipart(
      "/api/v1/work/dossiers/" + resolved.code + "/results",
      {{"file", get("/api/v1/dossiers/" + resolved.code + "/forms/01.pdf", kCitizen).body,
        "giay-khai-sinh.pdf", "application/pdf"}},
      kLeader);
  ASSERT_EQ(result.status, 201) << result.body;
  const json scores = {{"satisfaction", 2},
                       {"timeliness", 3},
                       {"attitude", 3},
                       {"guidance", 3},
                       {"online_service", 3}};
  ASSERT_EQ(post("/api/v1/dossiers/" + resolved.code + "/rating",
                 {{"scores", scores}, {"comment", "Chờ lâu"}}, kCitizen)
                .status,
            201);

  const json expected = {{"disclosure", {0, 2}},      // filed here: nothing for the national portal
                         {"progress", {2, 2}},        // resolved early, pending in time
                         {"online_service", {2, 2}},  // both filed online
                         {"online_payment", {0, 0}},  // no fee asked
                         {"satisfaction", {0, 1}},    // rated 2: not satisfied
                         {"digitisation", {3, 3}}};   // two with e-papers, one e-result
  EXPECT_EQ(moved(groups(), before), expected);
}

TEST_F(IndexReportApi, ScoresAreSharesOfPointsAndTheDownloadsAgree) {
  act(kReception, submitted_dossier().code, "receive");
  const auto figures = get("/api/v1/reports/indices" + today(), kLeader).json();
  double sum = 0;
  int points = 0;
  for (const auto& [name, g] : figures.at("total").at("groups").items()) {
    const auto measured = g.at("measured").get<long long>();
    const double share =
        measured == 0 ? 1.0 : static_cast<double>(g.at("met").get<long long>()) / measured;
    EXPECT_NEAR(g.at("score").get<double>(), g.at("points").get<int>() * share, 0.006) << name;
    sum += g.at("points").get<int>() * share;
    points += g.at("points").get<int>();
  }
  EXPECT_EQ(points, 100);
  const auto total = figures.at("total").at("total").get<double>();
  EXPECT_NEAR(total, sum, 0.006);

  const auto xlsx = get("/api/v1/reports/indices.xlsx" + today(), kLeader);
  ASSERT_EQ(xlsx.status, 200) << xlsx.body.substr(0, 300);
  const PdfFile zipped(xlsx.body);
  const auto sheet = run("unzip -p '" + zipped.path() + "' xl/worksheets/sheet1.xml");
  const auto last_row = sheet.substr(sheet.rfind("<row "));
  std::vector<double> numbers;
  const std::regex number("<v>([0-9.]+)</v>");
  for (auto it = std::sregex_iterator(last_row.begin(), last_row.end(), number);
       it != std::sregex_iterator(); ++it)
    numbers.push_back(std::stod((*it)[1]));
  ASSERT_EQ(numbers.size(), 7U) << last_row;
  EXPECT_NEAR(numbers.back(), total, 0.006);

  const auto pdf = get("/api/v1/reports/indices.pdf" + today(), kLeader);
  ASSERT_EQ(pdf.status, 200) << pdf.body.substr(0, 300);
  const auto text = PdfFile(pdf.body).text();
  EXPECT_NE(text.find("CHỈ SỐ PHỤC VỤ NGƯỜI DÂN"), std::string::npos) << text.substr(0, 400);
  char expected_total[32];
  std::snprintf(expected_total, sizeof expected_total, "%.2f", total);
  EXPECT_NE(text.find(expected_total), std::string::npos) << expected_total;
}

TEST_F(IndexReportApi, OnlyLeadersAndAdministratorsOfTheUnitSeeIt) {
  EXPECT_EQ(get("/api/v1/reports/indices").status, 401);
  EXPECT_EQ(get("/api/v1/reports/indices.xlsx", kCitizen).status, 403);
  EXPECT_EQ(get("/api/v1/reports/indices.pdf", kSpecialist).status, 403);
  EXPECT_EQ(get("/api/v1/reports/indices?unit=H29", kLeader).status, 404);
  EXPECT_EQ(get("/api/v1/reports/indices?unit=H29", kAdmin).status, 200);
  EXPECT_EQ(get("/api/v1/reports/indices?from=2026-05-01&to=2026-04-01", kLeader).status, 400);
}

}  // namespace
}  // namespace motcua::test
