// Phản ánh, kiến nghị on the portal (requirements §4 P15): the form, open to anyone, the page that
// follows one feedback by its code, and the published answers with a search.
#include "app/errors.hpp"
#include "app/feedback_desk.hpp"
#include "core/time.hpp"
#include "web/pages/page_support.hpp"
#include "web/portal/account_fields.hpp"
#include "web/portal/portal_pages.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

constexpr const char* kFields[] = {"subject", "procedure_code", "dossier_code", "contact"};

json field(PageRequest& page, const std::string& name, const FieldMessages& messages) {
  auto view =
      input_view(page, name, name == "contact" ? "text" : "text", name == "contact" ? "email" : "",
                 "feedback.hint." + name, page.field(name), messages);
  view["label"] = page.text("feedback.field." + name);
  view["required"] = name == "subject";
  return view;
}

json error_links(const json& fields, const std::string& body_error) {
  json links = json::array();
  for (const auto& f : fields) {
    if (f.value("has_error", false))
      links.push_back({{"href", "#" + f.value("id", "")},
                       {"text", f.value("label", "") + ": " + f.value("error", "")}});
  }
  if (!body_error.empty()) links.push_back({{"href", "#f-body"}, {"text", body_error}});
  return links;
}

json published_view(PageRequest& page) {
  json items = json::array();
  const auto query = page.http.query_or("q", "");
  for (const auto& f : app::FeedbackDesk(page.context.services).published(query, 1)) {
    items.push_back({{"code", f.code},
                     {"subject", f.subject},
                     {"body", f.body},
                     {"answer", f.answer},
                     {"answered_at", f.answered_at ? core::format_display(*f.answered_at) : ""}});
  }
  return {{"items", items}, {"has_items", !items.empty()}, {"q", query}};
}

Response form_page(PageRequest& page, const FieldMessages& messages, int status) {
  json fields = json::array();
  for (const auto* name : kFields) fields.push_back(field(page, name, messages));
  const auto body_error = message_of(messages, "body");
  return render_page(page, "portal/feedback",
                     {{"title", page.text("feedback.title")},
                      {"nav", "feedback"},
                      {"csrf", page.csrf_token()},
                      {"fields", fields},
                      {"body", page.field("body")},
                      {"body_error", body_error},
                      {"consent", page.field("consent_to_publish") == "1"},
                      {"has_errors", !messages.empty()},
                      {"errors", error_links(fields, body_error)},
                      {"published", published_view(page)}},
                     status);
}

Response send(PageRequest& page) {
  const app::FeedbackInput input{
      page.field("subject"),      page.field("body"),    page.field("procedure_code"),
      page.field("dossier_code"), page.field("contact"), page.field("consent_to_publish") == "1"};
  app::Feedback sent;
  try {
    const auto* who = page.caller.signed_in() ? &*page.caller.principal : nullptr;
    sent = app::FeedbackDesk(page.context.services).submit(who, input);
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    return form_page(page, field_messages(page, error), 400);
  }
  return see_other("/phan-anh-kien-nghi/" + sent.code + "?thong-bao=da-gui");
}

Response follow(PageRequest& page) {
  const auto feedback = app::FeedbackDesk(page.context.services).follow(page.http.param("code"));
  json model{
      {"title", page.text("feedback.follow_title") + " " + feedback.code},
      {"nav", "feedback"},
      {"code", feedback.code},
      {"subject", feedback.subject},
      {"body", feedback.body},
      {"status",
       page.text("feedback.status." + std::string(core::feedback_status_name(feedback.status)))},
      {"created_at", core::format_display(feedback.created_at)},
      {"due_at", core::format_display(feedback.due_at)},
      {"answer", feedback.answer},
      {"answered_at", feedback.answered_at ? core::format_display(*feedback.answered_at) : ""}};
  if (page.http.query_or("thong-bao", "") == "da-gui") model["flash"] = page.text("feedback.sent");
  return render_page(page, "portal/feedback_follow", model, 200);
}

}  // namespace

void register_feedback_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/phan-anh-kien-nghi",
           [](PageRequest& page) { return form_page(page, {}, 200); });
  add_page(router, context, Method::post, "/phan-anh-kien-nghi", send);
  add_page(router, context, Method::get, "/phan-anh-kien-nghi/{code}", follow);
}

}  // namespace motcua::web::portal
