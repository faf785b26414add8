// The working calendar in the back office (requirements §3, §5 B1): the holidays and the Saturdays
// worked in their place that every deadline counts with, added or removed by administrators.
#include "app/administration.hpp"
#include "app/errors.hpp"
#include "core/calendar.hpp"
#include "core/text.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

constexpr const char* kPage = "/mot-cua/quan-tri/lich-lam-viec";

std::string kind_name(core::CalendarDayKind kind) {
  return kind == core::CalendarDayKind::holiday ? "holiday" : "make_up_working";
}

Response calendar_page(PageRequest& page, const FieldMessages& messages, int status) {
  app::require_admin(page.principal());
  json days = json::array();
  for (const auto& day : app::calendar_days(page.context.services)) {
    const auto date = core::format_date(day.date);
    days.push_back({{"date", core::format_display_date(day.date)},
                    {"iso", date},
                    {"name", day.name},
                    {"kind", page.text("bo.calendar.kind." + kind_name(day.kind))},
                    {"remove_url", std::string(kPage) + "/" + date + "/xoa"}});
  }
  json model{{"title", page.text("bo.calendar.title")},
             {"nav", "backoffice"},
             {"csrf", page.csrf_token()},
             {"days", days},
             {"date", page.field("date")},
             {"name", page.field("name")},
             {"working", page.field("kind") == "make_up_working"}};
  add_field_errors(model, messages, "day-");
  if (page.http.query_or("xong", "") == "1") model["flash"] = page.text("bo.calendar.saved");
  return render_page(page, "backoffice/calendar", std::move(model), status);
}

Response add(PageRequest& page) {
  try {
    const auto date = core::parse_date(core::trim(page.field("date")));
    if (!date) app::throw_invalid({{"date", "error.date"}});
    const auto kind = page.field("kind") == "make_up_working"
                          ? core::CalendarDayKind::make_up_working
                          : core::CalendarDayKind::holiday;
    app::put_calendar_day(page.context.services, page.principal(),
                          {*date, core::trim(page.field("name")), kind});
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    return calendar_page(page, field_messages(page, error), 400);
  }
  return see_other(std::string(kPage) + "?xong=1");
}

Response remove(PageRequest& page) {
  const auto date = core::parse_date(page.http.param("date"));
  if (!date) app::throw_not_found("calendar_day");
  app::remove_calendar_day(page.context.services, page.principal(), *date);
  return see_other(std::string(kPage) + "?xong=1");
}

}  // namespace

void register_calendar_page(Router& router, WebContext& context) {
  add_page(router, context, Method::get, kPage,
           [](PageRequest& page) { return calendar_page(page, {}, 200); });
  add_page(router, context, Method::post, kPage, add);
  add_page(router, context, Method::post, std::string(kPage) + "/{date}/xoa", remove);
}

}  // namespace motcua::web::backoffice
