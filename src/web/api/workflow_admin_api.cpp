// A procedure's workflow: read by officials, replaced by administrators from a date.
#include "app/procedure_workflows.hpp"
#include "app/workflow_json.hpp"
#include "web/api/api_support.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

json workflow_json(const app::ProcedureWorkflow& workflow) {
  return {{"code", workflow.code},
          {"effective_from", core::format_date(workflow.effective_from)},
          {"steps", app::workflow_to_json(workflow.steps)}};
}

Response show(WebContext& context, Request& request, Caller& caller) {
  return ok(workflow_json(app::ProcedureWorkflows(context.services)
                              .in_force(signed_in(caller), request.param("code"))));
}

Response save(WebContext& context, Request& request, Caller& caller) {
  const auto body = json_object_body(request);
  const auto steps = body.contains("steps") ? body.at("steps") : json(nullptr);
  const auto saved = app::ProcedureWorkflows(context.services)
                         .save(signed_in(caller), request.param("code"),
                               required_string_member(body, "effective_from"), steps,
                               client_address(context, request));
  return created(workflow_json(saved));
}

}  // namespace

void register_workflow_admin_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/admin/procedures/{code}/workflow", show);
  add_route(router, context, Method::put, "/api/v1/admin/procedures/{code}/workflow", save);
}

}  // namespace motcua::web::api
