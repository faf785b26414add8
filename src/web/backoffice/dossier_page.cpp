// One dossier in the back office: its data, files and full history, and a small form for each
// action the official may take now (requirements B3, B9). A post takes one action and comes back
// here with a notice, or shows the form again with its messages.
#include <algorithm>

#include "app/applicant_dossiers.hpp"
#include "app/bounded_json.hpp"
#include "app/declaration_signing.hpp"
#include "app/dossier_tracking.hpp"
#include "app/official_work.hpp"
#include "web/backoffice/action_forms.hpp"
#include "web/backoffice/applicant_store.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/backoffice/connections_panel.hpp"
#include "web/backoffice/forward_targets.hpp"
#include "web/backoffice/tracking_panels.hpp"
#include "web/pages/declaration_view.hpp"
#include "web/pages/dossier_views.hpp"
#include "web/pages/page_support.hpp"
#include "web/responses.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

json actions_view(PageRequest& page, const app::DossierDetail& detail, ActionFormInput input) {
  input.code = detail.dossier.code;
  input.csrf = page.csrf_token();
  input.components = detail.procedure.components;
  const bool forwards = std::find(detail.actions.begin(), detail.actions.end(),
                                  core::Action::forward) != detail.actions.end();
  if (forwards)
    input.targets = forward_targets(page.context.services, detail, page.principal().user);
  json forms = json::array();
  for (auto action : detail.actions) {
    forms.push_back(action_form_view(page.context.translations, page.lang(), action, input));
  }
  return forms;
}

// The standard forms the dossier has reached, as the API serves them (form 01 has its own button).
json forms_view(PageRequest& page, const app::DossierDetail& detail) {
  static const std::pair<const char*, const char*> kIssuedBy[] = {
      {"02", "request-supplement"}, {"03", "refuse"}, {"04", "apologize"}, {"05", "stop"}};
  json forms = json::array();
  const auto link = [&](const std::string& number) {
    forms.push_back(
        {{"url", "/api/v1/dossiers/" + detail.dossier.code + "/forms/" + number + ".pdf"},
         {"label", page.text("bo.form." + number)}});
  };
  for (const auto& [number, action] : kIssuedBy) {
    const bool issued = std::any_of(detail.events.begin(), detail.events.end(),
                                    [&](const auto& event) { return event.action == action; });
    if (issued) link(number);
  }
  if (detail.dossier.clock.received_at) link("06");
  return forms;
}

json summary_view(const std::string& action_name, const FieldMessages& messages) {
  json links = json::array();
  const auto action = core::parse_action(action_name);
  for (const auto& [field, message] : messages) {
    const auto href = action ? "#" + action_field_id(*action, field) : std::string("#main");
    links.push_back({{"href", href}, {"text", message}});
  }
  return links;
}

Response dossier_page(PageRequest& page, const app::DossierTracking& tracking,
                      ActionFormInput failure, const std::string& problem, int status,
                      const FieldMessages& panel_messages = {}) {
  const auto& detail = tracking.detail;
  const auto& translations = page.context.translations;
  const auto now = page.context.services.clock.now();
  std::vector<app::StoredFile> submitted;  // result files have their own panel (tracking)
  for (const auto& file : detail.files) {
    if (file.purpose != "result") submitted.push_back(file);
  }
  const auto files = files_view(submitted, detail.procedure);
  auto summary = summary_view(failure.failed_action, failure.messages);
  for (const auto& [field, message] : panel_messages)
    summary.push_back({{"href", "#f-" + field}, {"text", message}});
  json model{{"title", detail.dossier.code + " – " + detail.procedure.name},
             {"nav", "backoffice"},
             {"dossier", dossier_detail_view(translations, page.lang(), detail, now)},
             {"history", history_view(translations, page.lang(), detail.events, {true, true})},
             {"form_data", form_data_view(translations, page.lang(), detail.procedure.form,
                                          app::parse_bounded_json(detail.dossier.form_json))},
             {"files", files},
             {"has_files", !files.empty()},
             {"has_errors", !problem.empty() || !summary.empty()},
             {"error_message", problem},
             {"errors", summary}};
  model["tracking"] = tracking_panels_view(page, tracking, panel_messages);
  model["actions"] = actions_view(page, detail, std::move(failure));
  model["has_actions"] = !model["actions"].empty();
  model["forms"] = forms_view(page, detail);
  model["has_forms"] = !model["forms"].empty();
  model["connections"] = connections_view(page, detail.dossier.code,
                                          app::IntegrationAdmin(page.context.services)
                                              .for_dossier(official(page), detail.dossier.code));
  model["declaration"] = declaration_view(
      page,
      app::DeclarationSigning(page.context.services).state(official(page), detail.dossier.code));
  model["applicant_store"] = applicant_store_view(page, detail.dossier.code);
  model["steps"] = steps_view(translations, page.lang(), detail);
  model["has_steps"] = !model["steps"].empty();
  const auto done = page.http.query_or("xong", "");
  if (core::parse_action(done) && status == 200) model["flash"] = page.text("bo.done." + done);
  return render_page(page, "backoffice/dossier", std::move(model), status);
}

app::DossierTracking load(PageRequest& page) {
  return app::load_tracking(page.context.services, official(page).user, page.http.param("code"));
}

Response show(PageRequest& page) { return dossier_page(page, load(page), {}, "", 200); }

Response act(PageRequest& page) {
  const auto& who = official(page);
  const auto code = page.http.param("code");
  const auto name = page.http.param("action");
  const auto action = core::parse_action(name);
  if (!action) app::throw_not_found("action");
  try {
    app::OfficialWork(page.context.services)
        .act(who, code, name, action_params(*action, page.form.fields));
  } catch (const app::AppError& error) {
    const bool shown_here = error.kind() == app::ErrorKind::invalid_input ||
                            error.kind() == app::ErrorKind::conflict ||
                            error.kind() == app::ErrorKind::forbidden;
    if (!shown_here) throw;
    ActionFormInput failure{
        .failed_action = name, .posted = page.form.fields, .messages = field_messages(page, error)};
    const auto problem =
        page.context.translations.format(page.lang(), error.message_key(), error.params);
    return dossier_page(page, load(page), std::move(failure), problem, http_status(error.kind()));
  }
  return see_other("/mot-cua/ho-so/" + code + "?xong=" + name);
}

}  // namespace

Response backoffice_dossier_page(PageRequest& page, const FieldMessages& panel_messages,
                                 int status) {
  return dossier_page(page, load(page), {}, "", status, panel_messages);
}

void register_dossier_pages(Router& router, WebContext& context) {
  add_kept_page(router, context, "/mot-cua/ho-so/{code}", show);
  add_page(router, context, Method::post, "/mot-cua/ho-so/{code}/{action}", act);
  register_tracking_panels(router, context);  // messages, results, form 01
}

}  // namespace motcua::web::backoffice
