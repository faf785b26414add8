// API.md "Feedback, ratings, statistics…": the periodic report on handling administrative
// procedures and the service indices (QĐ 766) for leaders and administrators, as figures, as Excel
// and as PDF.
#include "app/errors.hpp"
#include "app/period_reports.hpp"
#include "app/service_index_reports.hpp"
#include "web/api/api_support.hpp"
#include "web/dashboard_query.hpp"
#include "web/index_report_sheet.hpp"
#include "web/period_report_sheet.hpp"
#include "web/responses.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

app::PeriodReportDocument report_of(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto query = dashboard_query(request, context.services.clock.now(), "from", "to", "unit");
  return app::PeriodReports(context.services).build(who, query.unit, query.from, query.to);
}

std::string file_name(const app::PeriodReportDocument& report, const char* extension) {
  return "bao-cao-tthc-" + report.unit.code + "-" + core::format_date(report.from) + "-" +
         core::format_date(report.to) + extension;
}

json figures_json(const std::array<long long, core::kFigureCount>& values) {
  json figures = json::object();
  for (std::size_t i = 0; i < core::kFigureCount; ++i)
    figures[std::string{core::kFigureNames[i]}] = values[i];
  return figures;
}

Response report(WebContext& context, Request& request, Caller& caller) {
  const auto document = report_of(context, request, caller);
  json sectors = json::array();
  for (const auto& sector : document.report.sectors) {
    json procedures = json::array();
    for (const auto& procedure : sector.procedures)
      procedures.push_back({{"code", procedure.code},
                            {"name", procedure.name},
                            {"figures", figures_json(core::figure_values(procedure.figures))}});
    sectors.push_back({{"code", sector.code},
                       {"name", sector.name},
                       {"figures", figures_json(core::figure_values(sector.figures))},
                       {"procedures", procedures}});
  }
  return ok({{"unit", {{"code", document.unit.code}, {"name", document.unit.name}}},
             {"from", core::format_date(document.from)},
             {"to", core::format_date(document.to)},
             {"as_of", core::format_iso(document.as_of)},
             {"total", figures_json(core::figure_values(document.report.total))},
             {"sectors", sectors}});
}

Response report_xlsx(WebContext& context, Request& request, Caller& caller) {
  const auto document = report_of(context, request, caller);
  return xlsx_response(context, period_report_sheet(context.translations, caller.lang, document),
                       file_name(document, ".xlsx"));
}

Response report_pdf(WebContext& context, Request& request, Caller& caller) {
  const auto document = report_of(context, request, caller);
  auto bytes = app::PeriodReports(context.services).pdf(document, caller.lang);
  return pdf_response(std::move(bytes), file_name(document, ".pdf"));
}

app::IndexReportDocument indices_of(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto query = quarter_query(request, context.services.clock.now(), "from", "to", "unit");
  return app::ServiceIndexReports(context.services).build(who, query.unit, query.from, query.to);
}

std::string indices_file_name(const app::IndexReportDocument& report, const char* extension) {
  return "chi-so-phuc-vu-" + report.unit.code + "-" + core::format_date(report.from) + "-" +
         core::format_date(report.to) + extension;
}

json indices_json(const core::ServiceIndices& indices) {
  json groups = json::object();
  for (const auto& g : indices.groups)
    groups[std::string{core::index_group_name(g.group)}] = {
        {"points", g.points}, {"score", g.score}, {"met", g.met}, {"measured", g.measured}};
  return {{"groups", groups},
          {"total", indices.total},
          {"band", std::string{core::index_band_name(indices.band)}}};
}

Response indices(WebContext& context, Request& request, Caller& caller) {
  const auto document = indices_of(context, request, caller);
  json units = json::array();
  for (const auto& row : document.units)
    units.push_back({{"code", row.code},
                     {"name", row.name},
                     {"received", row.counts.received},
                     {"indices", indices_json(row.indices)}});
  return ok({{"unit", {{"code", document.unit.code}, {"name", document.unit.name}}},
             {"from", core::format_date(document.from)},
             {"to", core::format_date(document.to)},
             {"received", document.total.counts.received},
             {"total", indices_json(document.total.indices)},
             {"units", units}});
}

Response indices_xlsx(WebContext& context, Request& request, Caller& caller) {
  const auto document = indices_of(context, request, caller);
  return xlsx_response(context, index_report_sheet(context.translations, caller.lang, document),
                       indices_file_name(document, ".xlsx"));
}

Response indices_pdf(WebContext& context, Request& request, Caller& caller) {
  const auto document = indices_of(context, request, caller);
  auto bytes = app::ServiceIndexReports(context.services).pdf(document, caller.lang);
  return pdf_response(std::move(bytes), indices_file_name(document, ".pdf"));
}

}  // namespace

void register_report_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/reports/period", report);
  add_route(router, context, Method::get, "/api/v1/reports/period.xlsx", report_xlsx);
  add_route(router, context, Method::get, "/api/v1/reports/period.pdf", report_pdf);
  add_route(router, context, Method::get, "/api/v1/reports/indices", indices);
  add_route(router, context, Method::get, "/api/v1/reports/indices.xlsx", indices_xlsx);
  add_route(router, context, Method::get, "/api/v1/reports/indices.pdf", indices_pdf);
}

}  // namespace motcua::web::api
