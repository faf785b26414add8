// API.md "Feedback, ratings, statistics…": the periodic report. Its figures are checked against
// dossiers taken to known outcomes through the API (the difference each makes, since the server is
// shared), then the Excel workbook and the PDF are read back and must say the same.
#include <chrono>
#include <regex>

#include "api_test.hpp"
#include "core/time.hpp"
#include "pdf_file.hpp"

namespace motcua::test {
namespace {

class ReportApi : public ApiTest {
 protected:
  static std::string day(int offset) {
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return core::format_date(core::to_local(now + std::chrono::days(offset)).date);
  }
  static std::string period(int first, int last) {
    return "?from=" + day(first) + "&to=" + day(last);
  }
  // The line of the report for the procedure the test files, all zero when it has none. It is
  // due days after reception, so a dossier resolved today is early whatever the hour.
  json line(const std::string& query) {
    const auto response = get("/api/v1/reports/period" + query, kLeader);
    EXPECT_EQ(response.status, 200) << response.body;
    const auto code = multi_day_procedure().at("code");
    const auto report = response.json();
    for (const auto& sector : report.at("sectors"))
      for (const auto& procedure : sector.at("procedures"))
        if (procedure.at("code") == code) return procedure.at("figures");
    json zero = json::object();
    for (const auto& [name, value] : report.at("total").items()) zero[name] = 0;
    return zero;
  }
  static json difference(const json& after, const json& before) {
    json out = json::object();
    for (const auto& [name, value] : after.items())
      out[name] = value.get<long long>() - before.at(name).get<long long>();
    return out;
  }
  static std::string unzipped_sheet(const std::string& bytes) {
    const PdfFile file(bytes);  // a private temporary file; the name does not matter to unzip
    return run("unzip -p '" + file.path() + "' xl/worksheets/sheet1.xml");
  }
};

TEST_F(ReportApi, FiguresAgreeWithTheDossiersTheyCount) {
  const auto today = period(0, 0);
  const auto next_week = period(1, 7);
  const auto before_today = line(today);
  const auto before_next_week = line(next_week);

  const auto pending = submitted_dossier_of(multi_day_procedure());
  act(kReception, pending.code, "receive");
  const auto resolved = submitted_dossier_of(multi_day_procedure());
  act(kReception, resolved.code, "receive");
  act(kReception, resolved.code, "forward", {{"to", kSpecialist}, {"comment", "Chuyển"}});
  // Its workflow has two steps: the specialist's, then the leader's, which resolves it.
  act(kSpecialist, resolved.code, "complete-step", {{"comment", "Đủ điều kiện"}});
  act(kLeader, resolved.code, "complete-step", {{"comment", "Đồng ý"}});
  const auto stopped = submitted_dossier_of(multi_day_procedure());
  act(kReception, stopped.code, "receive");
  act(kReception, stopped.code, "forward", {{"to", kSpecialist}, {"comment", "Chuyển"}});
  act(kSpecialist, stopped.code, "stop", {{"reason", "Người nộp đề nghị dừng"}});
  submitted_dossier_of(multi_day_procedure());  // not received: not the unit's to handle yet
  const auto refused = submitted_dossier_of(multi_day_procedure());
  act(kReception, refused.code, "refuse", {{"reason", "Không thuộc thẩm quyền"}});

  const json expected_today = {
      {"to_handle", 3},        {"carried_over", 0}, {"online", 3},          {"offline", 0},
      {"resolved", 1},         {"early", 1},        {"on_time", 0},         {"late", 0},
      {"closed_otherwise", 1}, {"pending", 1},      {"pending_in_time", 1}, {"overdue", 0}};
  EXPECT_EQ(difference(line(today), before_today), expected_today);
  // Next week, only the pending one is carried over.
  const auto next = difference(line(next_week), before_next_week);
  EXPECT_EQ(next.at("carried_over"), 1) << next;
  EXPECT_EQ(next.at("to_handle"), 1) << next;
  EXPECT_EQ(next.at("pending"), 1) << next;
  EXPECT_EQ(next.at("resolved"), 0) << next;
}

TEST_F(ReportApi, ExcelAndPdfSayWhatTheFiguresSay) {
  act(kReception, submitted_dossier().code, "receive");
  const auto query = period(0, 0);
  const auto figures = get("/api/v1/reports/period" + query, kLeader).json();
  const auto total = figures.at("total");

  const auto xlsx = get("/api/v1/reports/period.xlsx" + query, kLeader);
  ASSERT_EQ(xlsx.status, 200) << xlsx.body.substr(0, 300);
  EXPECT_EQ(xlsx.header("content-type").value_or(""),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const auto sheet = unzipped_sheet(xlsx.body);
  // The last row is the total: its numbers, in the columns' order.
  const auto last_row = sheet.substr(sheet.rfind("<row "));
  std::vector<long long> numbers;
  const std::regex number("<v>(\\d+)</v>");
  for (auto it = std::sregex_iterator(last_row.begin(), last_row.end(), number);
       it != std::sregex_iterator(); ++it)
    numbers.push_back(std::stoll((*it)[1]));
  std::vector<long long> expected;
  for (const char* name :
       {"to_handle", "carried_over", "online", "offline", "resolved", "early", "on_time", "late",
        "closed_otherwise", "pending", "pending_in_time", "overdue"})
    expected.push_back(total.at(name).get<long long>());
  EXPECT_EQ(numbers, expected) << last_row;

  const auto pdf = get("/api/v1/reports/period.pdf" + query, kLeader);
  ASSERT_EQ(pdf.status, 200) << pdf.body.substr(0, 300);
  const auto text = PdfFile(pdf.body).text();
  EXPECT_NE(text.find("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"), std::string::npos);
  const auto total_line = text.substr(text.find("Tổng cộng"));
  std::string expected_line;
  for (const auto value : expected) expected_line += std::to_string(value) + " ";
  std::string numbers_in_pdf;
  std::istringstream words(total_line.substr(0, total_line.find('\n')));
  for (std::string word; words >> word;)
    if (std::all_of(word.begin(), word.end(), ::isdigit)) numbers_in_pdf += word + " ";
  EXPECT_EQ(numbers_in_pdf, expected_line) << total_line.substr(0, 200);
}

TEST_F(ReportApi, OnlyLeadersAndAdministratorsOfTheUnitSeeIt) {
  const auto query = period(0, 0);
  EXPECT_EQ(get("/api/v1/reports/period" + query).status, 401);
  EXPECT_EQ(get("/api/v1/reports/period.xlsx" + query, kCitizen).status, 403);
  EXPECT_EQ(get("/api/v1/reports/period.pdf" + query, kSpecialist).status, 403);
  EXPECT_EQ(get("/api/v1/reports/period" + query + "&unit=H29", kLeader).status, 404)
      << "the province is above the leader's unit";
  EXPECT_EQ(get("/api/v1/reports/period" + query + "&unit=H29", kAdmin).status, 200);
  EXPECT_EQ(get("/api/v1/reports/period?from=2026-05-01&to=2026-04-01", kLeader).status, 400);
  EXPECT_EQ(get("/api/v1/reports/period.xlsx?from=2024-01-01&to=2026-01-01", kLeader).status, 400);
}

}  // namespace
}  // namespace motcua::test
