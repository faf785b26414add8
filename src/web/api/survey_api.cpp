// Khảo sát ý kiến: administrators publish and close surveys; anyone reads the open ones; a
// signed-in person answers each once; results for administrators and leaders, and for everyone
// once closed.
#include "app/errors.hpp"
#include "app/survey_json.hpp"
#include "app/surveys.hpp"
#include "core/time.hpp"
#include "web/api/api_support.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

json at_or_null(const std::optional<core::Instant>& at) {
  return at ? json(core::format_iso(*at)) : json();
}

json summary_json(app::Surveys& surveys, const app::Survey& s) {
  return {{"id", s.id},
          {"title", s.definition.title},
          {"description", s.definition.description},
          {"open", surveys.accepting(s)},
          {"created_at", core::format_iso(s.created_at)},
          {"closes_at", at_or_null(s.closes_at)},
          {"responses", s.responses}};
}

json survey_json(app::Surveys& surveys, const app::Survey& s) {
  auto out = summary_json(surveys, s);
  out["questions"] = app::survey_definition_json(s.definition)["questions"];
  return out;
}

long long survey_id(const Request& request) { return id_param(request, "id", "survey"); }

std::optional<core::Instant> closes_at_of(const json& body) {
  const auto text = string_member(body, "closes_at");
  if (text.empty()) return std::nullopt;
  const auto at = core::parse_iso(text);
  if (!at) app::throw_invalid({{"closes_at", "error.date"}});
  return at;
}

const app::Principal* optional_principal(const Caller& caller) {
  return caller.signed_in() ? &*caller.principal : nullptr;
}

Response list(WebContext& context, Request&, Caller& caller) {
  app::Surveys surveys(context.services);
  json items = json::array();
  for (const auto& s : surveys.list(optional_principal(caller)))
    items.push_back(summary_json(surveys, s));
  return ok({{"items", items}});
}

Response read(WebContext& context, Request& request, Caller& caller) {
  app::Surveys surveys(context.services);
  const auto id = survey_id(request);
  auto out = survey_json(surveys, surveys.read(id));
  out["answered"] = surveys.answered(optional_principal(caller), id);
  return ok(out);
}

Response publish(WebContext& context, Request& request, Caller& caller) {
  const auto body = json_object_body(request);
  app::Surveys surveys(context.services);
  const auto survey = surveys.publish(signed_in(caller), app::survey_definition_from_json(body),
                                      closes_at_of(body), client_address(context, request));
  return created(survey_json(surveys, survey));
}

Response set_open(WebContext& context, Request& request, Caller& caller, bool open) {
  app::Surveys surveys(context.services);
  const auto survey = surveys.set_open(signed_in(caller), survey_id(request), open,
                                       client_address(context, request));
  return ok(summary_json(surveys, survey));
}

Response respond(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto body = json_object_body(request);
  if (!body.contains("answers")) app::throw_invalid({{"answers", "error.required"}});
  app::Surveys(context.services)
      .respond(who, survey_id(request), app::survey_answers_from_json(body["answers"]));
  return created({{"answered", true}});
}

Response results(WebContext& context, Request& request, Caller& caller) {
  app::Surveys surveys(context.services);
  const auto found = surveys.results(optional_principal(caller), survey_id(request));
  json questions = json::array();
  for (const auto& q : found.questions) {
    json options = json::array();
    for (const auto& o : q.options) options.push_back({{"text", o.text}, {"votes", o.votes}});
    questions.push_back({{"text", q.question.text},
                         {"type", std::string(core::survey_question_type_name(q.question.type))},
                         {"options", options},
                         {"texts", q.texts}});
  }
  auto out = summary_json(surveys, found.survey);
  out["questions"] = questions;
  return ok(out);
}

}  // namespace

void register_survey_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/surveys", list);
  add_route(router, context, Method::get, "/api/v1/surveys/{id}", read);
  add_route(router, context, Method::post, "/api/v1/surveys/{id}/responses", respond);
  add_route(router, context, Method::get, "/api/v1/surveys/{id}/results", results);
  add_route(router, context, Method::post, "/api/v1/admin/surveys", publish);
  add_route(router, context, Method::post, "/api/v1/admin/surveys/{id}/close",
            [](WebContext& c, Request& r, Caller& who) { return set_open(c, r, who, false); });
  add_route(router, context, Method::post, "/api/v1/admin/surveys/{id}/reopen",
            [](WebContext& c, Request& r, Caller& who) { return set_open(c, r, who, true); });
}

}  // namespace motcua::web::api
