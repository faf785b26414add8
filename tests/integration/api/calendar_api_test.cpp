// API.md "Calendar": due dates under the province's calendar, and holidays kept by the
// administrator.
#include <chrono>

#include "api_test.hpp"
#include "core/time.hpp"

namespace motcua::test {
namespace {

using namespace std::chrono;

class CalendarApi : public ApiTest {
 protected:
  // A Monday far from any seeded holiday, at 08:00 in Vietnam.
  static constexpr year_month_day kMonday{year{2031}, March, day{3}};
  static constexpr year_month_day kTuesday{year{2031}, March, day{4}};

  HttpResponse due(const std::string& start, int working_days) {
    return get("/api/v1/calendar/due?start=" + url_encode(start) +
               "&working_days=" + std::to_string(working_days));
  }
  core::Instant due_at(int working_days) {
    const auto response = due("2031-03-03T08:00:00+07:00", working_days);
    EXPECT_EQ(response.status, 200) << response.body;
    return *core::parse_iso(response.json().at("due_at").get<std::string>());
  }
};

TEST_F(CalendarApi, AHolidayAddedByTheAdministratorMovesTheDueDate) {
  ASSERT_EQ(weekday{sys_days{kMonday}}, Monday);
  const auto before = due_at(3);
  EXPECT_EQ(core::to_local(before).date, (year_month_day{year{2031}, March, day{6}}));

  const auto added =
      post("/api/v1/admin/holidays",
           {{"date", core::format_date(kTuesday)}, {"name", "Ngày nghỉ thử nghiệm"}}, kAdmin);
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(added.json().at("date"), "2031-03-04");
  const auto listed = get("/api/v1/admin/holidays", kAdmin).json().at("items");
  EXPECT_TRUE(std::any_of(listed.begin(), listed.end(),
                          [](const json& day) { return day.at("date") == "2031-03-04"; }));
  EXPECT_EQ(due_at(3) - before, hours(24));  // Thursday → Friday

  EXPECT_EQ(del("/api/v1/admin/holidays/2031-03-04", kAdmin).status, 204);
  EXPECT_EQ(due_at(3), before);
  EXPECT_EQ(del("/api/v1/admin/holidays/2031-03-04", kAdmin).status, 404);
}

TEST_F(CalendarApi, WeekendsDoNotCount) {
  const auto friday = due_at(5);  // Monday + 5 working days lands on the next Monday
  EXPECT_EQ(core::to_local(friday).date, (year_month_day{year{2031}, March, day{10}}));
}

TEST_F(CalendarApi, OnlyTheAdministratorKeepsHolidays) {
  const json holiday{{"date", "2031-03-05"}, {"name", "Không được phép"}};
  for (const auto* user : {kCitizen, kReception, kLeader}) {
    const auto response = post("/api/v1/admin/holidays", holiday, user);
    EXPECT_EQ(response.status, 403) << user << ": " << response.body;
    EXPECT_EQ(del("/api/v1/admin/holidays/2031-03-05", user).status, 403) << user;
    EXPECT_EQ(get("/api/v1/admin/holidays", user).status, 403) << user;
  }
  EXPECT_EQ(post("/api/v1/admin/holidays", holiday).status, 401);
  const auto bad_date =
      post("/api/v1/admin/holidays", {{"date", "2031-02-30"}, {"name", "x"}}, kAdmin);
  EXPECT_EQ(bad_date.status, 400);
  EXPECT_TRUE(bad_date.json()["error"]["fields"].contains("date")) << bad_date.body;
}

TEST_F(CalendarApi, BadQueriesAre400NamingTheParameter) {
  const auto bad_start = due("yesterday", 3);
  EXPECT_EQ(bad_start.status, 400);
  EXPECT_TRUE(bad_start.json()["error"]["fields"].contains("start")) << bad_start.body;
  const auto missing = get("/api/v1/calendar/due?start=2031-03-03T08:00:00%2B07:00");
  EXPECT_EQ(missing.status, 400);
  EXPECT_TRUE(missing.json()["error"]["fields"].contains("working_days")) << missing.body;
  EXPECT_EQ(due("2031-03-03T08:00:00+07:00", -1).status, 400);
}

}  // namespace
}  // namespace motcua::test
