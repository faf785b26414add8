// Form 07, Sổ theo dõi hồ sơ, of the caller's unit (API.md "Printouts"): as PDF and as Excel.
#include "app/errors.hpp"
#include "app/unit_register.hpp"
#include "web/api/api_support.hpp"
#include "web/dashboard_query.hpp"
#include "web/register_sheet.hpp"
#include "web/responses.hpp"

namespace motcua::web::api {
namespace {

DashboardQuery period_of(WebContext& context, const Request& request) {
  return dashboard_query(request, context.services.clock.now(), "from", "to", "unit");
}

std::string file_name(const DashboardQuery& period, const char* extension) {
  return "so-theo-doi-" + core::format_date(period.from) + "-" + core::format_date(period.to) +
         extension;
}

Response register_pdf(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto period = period_of(context, request);
  app::UnitRegisters registers(context.services);
  const auto numbering = text_query(request, "numbering");
  if (!numbering.empty() && numbering != "2018" && numbering != "2025")
    app::throw_invalid({{"numbering", "error.option"}});
  auto bytes = registers.pdf(who, period.from, period.to, caller.lang, numbering == "2018");
  return pdf_response(std::move(bytes), file_name(period, ".pdf"));
}

Response register_xlsx(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto period = period_of(context, request);
  const auto book = app::UnitRegisters(context.services).build(who, period.from, period.to);
  return xlsx_response(context, register_sheet(context.translations, caller.lang, book),
                       file_name(period, ".xlsx"));
}

}  // namespace

void register_register_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/work/register.pdf", register_pdf);
  add_route(router, context, Method::get, "/api/v1/work/register.xlsx", register_xlsx);
}

}  // namespace motcua::web::api
