// Phản ánh, kiến nghị (requirements §4 P15) and hỏi đáp (P18) on the portal: the form, open to
// anyone, the page that follows one by its code, and the published answers with a search. The two
// desks differ only in their words, their address and the fields they ask for.
#include "app/errors.hpp"
#include "app/feedback_desk.hpp"
#include "core/time.hpp"
#include "web/pages/page_support.hpp"
#include "web/portal/account_fields.hpp"
#include "web/portal/portal_pages.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

struct Desk {
  core::FeedbackKind kind;
  const char* path;
  const char* words;  // the catalog's prefix of the desk's own texts
  const char* nav;
  std::vector<const char*> fields;
};

const Desk kFeedbackDesk{core::FeedbackKind::feedback,
                         "/phan-anh-kien-nghi",
                         "feedback",
                         "feedback",
                         {"subject", "procedure_code", "dossier_code", "contact"}};
const Desk kQuestionDesk{core::FeedbackKind::question,
                         "/ho-tro/hoi-dap",
                         "question",
                         "support_qa",
                         {"subject", "procedure_code", "contact"}};

json desk_words(PageRequest& page, const Desk& desk) {
  json words;
  for (const auto* name : {"title", "lead", "form_title", "consent", "send", "published_title",
                           "none_published", "follow_title"})
    words[name] = page.text(std::string(desk.words) + "." + name);
  return words;
}

json field(PageRequest& page, const std::string& name, const FieldMessages& messages) {
  auto view =
      input_view(page, name, name == "contact" ? "text" : "text", name == "contact" ? "email" : "",
                 "feedback.hint." + name, page.field(name), messages);
  view["label"] = page.text("feedback.field." + name);
  view["required"] = name == "subject";
  return view;
}

json error_links(const json& fields, const std::string& body_error,
                 const std::string& attachments_error) {
  json links = json::array();
  for (const auto& f : fields) {
    if (f.value("has_error", false))
      links.push_back({{"href", "#" + f.value("id", "")},
                       {"text", f.value("label", "") + ": " + f.value("error", "")}});
  }
  if (!body_error.empty()) links.push_back({{"href", "#f-body"}, {"text", body_error}});
  if (!attachments_error.empty())
    links.push_back({{"href", "#f-attachments"}, {"text", attachments_error}});
  return links;
}

json published_view(PageRequest& page, const Desk& desk) {
  json items = json::array();
  const auto query = page.http.query_or("q", "");
  for (const auto& f : app::FeedbackDesk(page.context.services).published(desk.kind, query, 1)) {
    items.push_back({{"code", f.code},
                     {"subject", f.subject},
                     {"body", f.body},
                     {"answer", f.answer},
                     {"answered_at", f.answered_at ? core::format_display(*f.answered_at) : ""}});
  }
  return {{"items", items}, {"has_items", !items.empty()}, {"q", query}};
}

Response form_page(PageRequest& page, const Desk& desk, const FieldMessages& messages, int status) {
  json fields = json::array();
  for (const auto* name : desk.fields) fields.push_back(field(page, name, messages));
  const auto body_error = message_of(messages, "body");
  const auto attachments_error = message_of(messages, "attachments");
  auto words = desk_words(page, desk);
  return render_page(page, "portal/feedback",
                     {{"title", words["title"]},
                      {"words", words},
                      {"path", desk.path},
                      {"nav", desk.nav},
                      {"csrf", page.csrf_token()},
                      {"fields", fields},
                      {"body", page.field("body")},
                      {"body_error", body_error},
                      {"attachments_error", attachments_error},
                      {"consent", page.field("consent_to_publish") == "1"},
                      {"has_errors", !messages.empty()},
                      {"errors", error_links(fields, body_error, attachments_error)},
                      {"published", published_view(page, desk)}},
                     status);
}

Response send(PageRequest& page, const Desk& desk) {
  app::FeedbackInput input{desk.kind,
                           page.field("subject"),
                           page.field("body"),
                           page.field("procedure_code"),
                           page.field("dossier_code"),
                           page.field("contact"),
                           page.field("consent_to_publish") == "1",
                           {}};
  for (const auto* file : page.form.files_of("attachments"))
    if (!file->data.empty() || !file->filename.empty())
      input.attachments.push_back({"", file->filename, file->data});
  app::Feedback sent;
  try {
    const auto* who = page.caller.signed_in() ? &*page.caller.principal : nullptr;
    sent = app::FeedbackDesk(page.context.services).submit(who, input);
  } catch (const app::AppError& error) {
    if (!app::refuses_one_file(error)) throw;
    auto messages = field_messages(page, error);
    if (messages.contains("file")) {
      // The file's own message names it and the limit.
      messages["attachments"] =
          page.context.translations.format(page.lang(), error.message_key(), error.params);
      messages.erase("file");
    }
    return form_page(page, desk, messages, error.kind() == app::ErrorKind::too_large ? 413 : 400);
  }
  return see_other(std::string(desk.path) + "/" + sent.code + "?thong-bao=da-gui");
}

Response follow(PageRequest& page, const Desk& desk) {
  const auto feedback = app::FeedbackDesk(page.context.services).follow(page.http.param("code"));
  if (feedback.kind != desk.kind) app::throw_not_found("feedback");
  auto words = desk_words(page, desk);
  json model{
      {"title", words.value("follow_title", "") + " " + feedback.code},
      {"words", words},
      {"path", desk.path},
      {"nav", desk.nav},
      {"code", feedback.code},
      {"subject", feedback.subject},
      {"body", feedback.body},
      {"status",
       page.text("feedback.status." + std::string(core::feedback_status_name(feedback.status)))},
      {"created_at", core::format_display(feedback.created_at)},
      {"due_at", core::format_display(feedback.due_at)},
      {"answer", feedback.answer},
      {"answered_at", feedback.answered_at ? core::format_display(*feedback.answered_at) : ""}};
  if (page.http.query_or("thong-bao", "") == "da-gui")
    model["flash"] = page.text(std::string(desk.words) + ".sent");
  return render_page(page, "portal/feedback_follow", std::move(model), 200);
}

void add_desk(Router& router, WebContext& context, const Desk& desk) {
  const std::string path = desk.path;
  add_page(router, context, Method::get, path,
           [&desk](PageRequest& page) { return form_page(page, desk, {}, 200); });
  add_page(router, context, Method::post, path,
           [&desk](PageRequest& page) { return send(page, desk); });
  add_page(router, context, Method::get, path + "/{code}",
           [&desk](PageRequest& page) { return follow(page, desk); });
}

}  // namespace

void register_feedback_pages(Router& router, WebContext& context) {
  add_desk(router, context, kFeedbackDesk);
  add_desk(router, context, kQuestionDesk);
}

}  // namespace motcua::web::portal
