// The national procedure catalog against the local one, for administrators: the last sync and
// each procedure's state, and a sync run at once.
#include "app/catalog_sync.hpp"
#include "app/errors.hpp"
#include "web/api/api_support.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

json working_days(std::optional<int> minutes) {
  if (!minutes) return nullptr;
  return static_cast<double>(*minutes) / core::kMinutesPerWorkingDay;
}

json national_json(const core::NationalProcedure& p) {
  json sectors = json::array();
  for (const auto& s : p.sectors) sectors.push_back({{"code", s.code}, {"name", s.name}});
  json durations = json::array();
  for (const auto& d : p.durations)
    durations.push_back({{"channel", d.channel}, {"value", d.value}, {"unit", d.unit}});
  return {{"name", p.name},
          {"sectors", sectors},
          {"agencies", p.agencies},
          {"durations", durations},
          {"duration_working_days", working_days(core::national_working_minutes(p))},
          {"fees", core::charged_amounts(p.fees_vnd)}};
}

json local_json(const core::Procedure& p) {
  return {{"name", p.name},
          {"version_id", p.version_id},
          {"duration_working_days", p.duration_working_days},
          {"fees", core::charged_amounts(p.fees)}};
}

json row_json(const core::CatalogComparison& row) {
  json differences = json::array();
  for (const auto field : row.differences) differences.push_back(core::catalog_field_name(field));
  return {{"code", row.code},
          {"state", core::catalog_state_name(row.state)},
          {"differences", differences},
          {"national", row.national ? national_json(*row.national) : json(nullptr)},
          {"local", row.local ? local_json(*row.local) : json(nullptr)}};
}

json report_json(const app::CatalogReport& report) {
  json last = nullptr;
  if (const auto& sync = report.last_sync) {
    last = {{"at", core::format_iso(sync->at)},
            {"procedures", sync->procedures},
            {"changed", sync->changed},
            {"removed", sync->removed},
            {"rejected", sync->rejected}};
  }
  json counts = json::object();
  for (const auto state : {core::CatalogState::matched, core::CatalogState::differs,
                           core::CatalogState::missing_here, core::CatalogState::absent_nationally})
    counts[std::string(core::catalog_state_name(state))] =
        report.counts.contains(state) ? report.counts.at(state) : 0;
  json items = json::array();
  for (const auto& row : report.rows) items.push_back(row_json(row));
  return {{"last_sync", last}, {"counts", counts}, {"items", items}};
}

Response comparison(WebContext& context, Request& request, Caller& caller) {
  std::optional<core::CatalogState> state;
  if (const auto name = text_query(request, "state"); !name.empty()) {
    state = core::parse_catalog_state(name);
    if (!state) app::throw_invalid({{"state", "error.option"}});
  }
  return ok(report_json(app::CatalogSync(context.services).report(signed_in(caller), state)));
}

Response sync(WebContext& context, Request& request, Caller& caller) {
  json_object_body(request, true);  // nothing to say, but what is said must be JSON
  return ok(report_json(app::CatalogSync(context.services).run_now(signed_in(caller))));
}

}  // namespace

void register_catalog_sync_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/admin/integrations/procedures", comparison);
  add_route(router, context, Method::post, "/api/v1/admin/integrations/procedures/sync", sync);
}

}  // namespace motcua::web::api
