// The province's calendar (API.md "Calendar"): due dates for anyone, holidays for administrators.
#include "app/administration.hpp"
#include "app/errors.hpp"
#include "core/calendar.hpp"
#include "core/text.hpp"
#include "web/api/api_support.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

constexpr const char* kHoliday = "holiday";
constexpr const char* kMakeUpWorking = "make_up_working";

json calendar_day_json(const core::CalendarDay& day) {
  return {{"date", core::format_date(day.date)},
          {"name", day.name},
          {"kind", day.kind == core::CalendarDayKind::holiday ? kHoliday : kMakeUpWorking}};
}

core::LocalDate date_of(const std::string& text, const std::string& field) {
  const auto date = core::parse_date(core::trim(text));
  if (!date) app::throw_invalid({{field, "error.date"}});
  return *date;
}

core::CalendarDayKind kind_of(const json& body) {
  const auto kind = string_member(body, "kind");
  if (kind.empty() || kind == kHoliday) return core::CalendarDayKind::holiday;
  if (kind == kMakeUpWorking) return core::CalendarDayKind::make_up_working;
  app::throw_invalid({{"kind", "error.option"}});
}

Response due(WebContext& context, Request& request, Caller&) {
  const auto start_text = text_query(request, "start");
  const auto start = start_text.empty() ? std::optional(context.services.clock.now())
                                        : core::parse_iso(start_text);
  if (!start) app::throw_invalid({{"start", "error.date"}});
  const auto days = int_query(request, "working_days", 0, 3650);
  if (!days) app::throw_invalid({{"working_days", "error.required"}});
  const auto due_at = app::due_date(context.services, *start, static_cast<int>(*days));
  return ok({{"start", core::format_iso(*start)},
             {"working_days", *days},
             {"due_at", core::format_iso(due_at)}});
}

Response list_holidays(WebContext& context, Request&, Caller& caller) {
  app::require_admin(signed_in(caller));
  json items = json::array();
  for (const auto& day : app::calendar_days(context.services))
    items.push_back(calendar_day_json(day));
  return ok({{"items", items}});
}

Response put_holiday(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  app::require_admin(who);  // refuse before reading input, so a non-administrator learns nothing
  const auto body = json_object_body(request);
  const core::CalendarDay day{date_of(required_string_member(body, "date"), "date"),
                              core::trim(required_string_member(body, "name")), kind_of(body)};
  app::put_calendar_day(context.services, who, day);
  return created(calendar_day_json(day));
}

Response remove_holiday(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  app::require_admin(who);
  app::remove_calendar_day(context.services, who, date_of(request.param("date"), "date"));
  return no_content();
}

}  // namespace

void register_calendar_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/calendar/due", due);
  add_route(router, context, Method::get, "/api/v1/admin/holidays", list_holidays);
  add_route(router, context, Method::post, "/api/v1/admin/holidays", put_holiday);
  add_route(router, context, Method::del, "/api/v1/admin/holidays/{date}", remove_holiday);
}

}  // namespace motcua::web::api
