// Phản ánh, kiến nghị in the back office: the list by status with each answer's due date, and one
// feedback with the leader's assignment and the answer form.
#include <charconv>

#include "app/errors.hpp"
#include "app/feedback_desk.hpp"
#include "core/byte_size.hpp"
#include "core/time.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/pages/page_support.hpp"
#include "web/responses.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

constexpr const char* kList = "/mot-cua/phan-anh";

std::string kind_text(PageRequest& page, core::FeedbackKind kind) {
  return page.text("feedback.kind." + std::string(core::feedback_kind_name(kind)));
}

std::string status_text(PageRequest& page, core::FeedbackStatus status) {
  return page.text("feedback.status." + std::string(core::feedback_status_name(status)));
}

Response list(PageRequest& page) {
  const auto wanted = page.http.query_or("trang-thai", "");
  std::optional<core::FeedbackStatus> status;
  if (!wanted.empty()) status = core::parse_feedback_status(wanted);
  const auto now = page.context.services.clock.now();
  json items = json::array();
  for (const auto& f :
       app::FeedbackDesk(page.context.services).worklist(page.principal(), std::nullopt, status)) {
    items.push_back({{"code", f.code},
                     {"kind", kind_text(page, f.kind)},
                     {"subject", f.subject},
                     {"status", status_text(page, f.status)},
                     {"assignee", f.assignee},
                     {"due_at", core::format_display(f.due_at)},
                     {"late", f.status != core::FeedbackStatus::answered && f.due_at < now}});
  }
  json filters = json::array();
  for (const auto* name : {"", "received", "assigned", "answered"}) {
    filters.push_back({{"value", name},
                       {"label", *name ? status_text(page, core::parse_feedback_status(name))
                                       : page.text("bo.feedback.all")},
                       {"current", wanted == name}});
  }
  return render_page(page, "backoffice/feedback_list",
                     {{"title", page.text("feedback.title")},
                      {"nav", "backoffice"},
                      {"items", items},
                      {"has_items", !items.empty()},
                      {"filters", filters}},
                     200);
}

json attachments_view(PageRequest& page, app::FeedbackDesk& desk, const std::string& code) {
  json files = json::array();
  for (const auto& file : desk.attachments(page.principal(), code))
    files.push_back({{"name", file.name},
                     {"size", core::byte_size_text(file.size)},
                     {"url", std::string(kList) + "/" + code + "/tep/" + std::to_string(file.id)}});
  return files;
}

Response detail(PageRequest& page, const std::string& error, int status) {
  app::FeedbackDesk desk(page.context.services);
  const auto code = page.http.param("code");
  const auto f = desk.read(page.principal(), code);
  json officials = json::array();
  for (const auto& user : desk.assignable(page.principal()))
    officials.push_back({{"username", user.username},
                         {"name", user.full_name},
                         {"selected", user.username == f.assignee}});
  const bool open = core::feedback_answerable(f.status);
  const auto files = attachments_view(page, desk, f.code);
  return render_page(page, "backoffice/feedback",
                     {{"title", page.text("feedback.title") + " " + f.code},
                      {"nav", "backoffice"},
                      {"csrf", page.csrf_token()},
                      {"code", f.code},
                      {"kind", kind_text(page, f.kind)},
                      {"subject", f.subject},
                      {"body", f.body},
                      {"procedure_code", f.procedure_code},
                      {"dossier_code", f.dossier_code},
                      {"contact", f.contact},
                      {"consent", f.consent_to_publish},
                      {"status", status_text(page, f.status)},
                      {"assignee", f.assignee},
                      {"due_at", core::format_display(f.due_at)},
                      {"answer", f.answer},
                      {"answered_by", f.answered_by},
                      {"published", f.published},
                      {"can_assign", open && !officials.empty()},
                      {"officials", officials},
                      {"can_answer", open},
                      {"draft", page.field("answer")},
                      {"attachments", files},
                      {"has_attachments", !files.empty()},
                      {"error", error}},
                     status);
}

Response attachment(PageRequest& page) {
  const auto text = page.http.param("id");
  long long id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size()) app::throw_not_found("document");
  auto content = app::FeedbackDesk(page.context.services)
                     .attachment(page.principal(), page.http.param("code"), id);
  return download_response(std::move(content.bytes), content.file.content_type, content.file.name);
}

Response act(PageRequest& page, bool assigning) {
  const auto code = page.http.param("code");
  app::FeedbackDesk desk(page.context.services);
  try {
    if (assigning) {
      desk.assign(page.principal(), code, page.field("assignee"));
    } else {
      desk.answer(page.principal(), code, page.field("answer"), page.field("publish") == "1");
    }
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input && error.kind() != app::ErrorKind::conflict)
      throw;
    const auto key = error.fields().empty() ? error.message_key() : error.fields().begin()->second;
    return detail(page, page.text(key), error.kind() == app::ErrorKind::conflict ? 409 : 400);
  }
  return see_other(std::string(kList) + "/" + code);
}

}  // namespace

void register_feedback_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, kList, list);
  add_page(router, context, Method::get, "/mot-cua/phan-anh/{code}",
           [](PageRequest& page) { return detail(page, "", 200); });
  add_page(router, context, Method::get, "/mot-cua/phan-anh/{code}/tep/{id}", attachment);
  add_page(router, context, Method::post, "/mot-cua/phan-anh/{code}/giao",
           [](PageRequest& page) { return act(page, true); });
  add_page(router, context, Method::post, "/mot-cua/phan-anh/{code}/tra-loi",
           [](PageRequest& page) { return act(page, false); });
}

}  // namespace motcua::web::backoffice
