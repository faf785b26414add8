// Counter and postal intake by the reception desk (API.md "Counter and postal intake").
#include "app/applicant_dossiers.hpp"
#include "app/counter_intake.hpp"
#include "app/errors.hpp"
#include "web/api/api_support.hpp"
#include "web/json_views.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

core::Channel intake_channel(const json& body) {
  const auto name = required_string_member(body, "channel");
  const auto channel = core::parse_channel(name);
  if (!channel || (*channel != core::Channel::counter && *channel != core::Channel::post))
    app::throw_invalid({{"channel", "error.option"}});
  return *channel;
}

json object_member(const json& body, const std::string& name, bool required) {
  const auto found = body.find(name);
  if (found == body.end() || found->is_null()) {
    if (required) app::throw_invalid({{name, "error.required"}});
    return json::object();
  }
  if (!found->is_object()) app::throw_invalid({{name, "error.form_shape"}});
  return *found;
}

app::IntakeInput intake_input(const json& body) {
  app::IntakeInput input;
  input.procedure_code = required_string_member(body, "procedure_code");
  input.channel = intake_channel(body);
  const auto applicant = object_member(body, "applicant", true);
  input.full_name = string_member(applicant, "full_name");
  input.applicant = {string_member(applicant, "id_number"), string_member(applicant, "phone"),
                     string_member(applicant, "email"), string_member(applicant, "address")};
  input.form = object_member(body, "form", false);
  return input;
}

Response intake(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto dossier =
      app::CounterIntake(context.services).take(who, intake_input(json_object_body(request)));
  return created(dossier_detail_json(app::load_detail(context.services, who.user, dossier.code)));
}

}  // namespace

void register_intake_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::post, "/api/v1/work/intake", intake);
}

}  // namespace motcua::web::api
