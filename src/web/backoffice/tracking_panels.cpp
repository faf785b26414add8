#include "web/backoffice/tracking_panels.hpp"

#include "app/dossier_messages.hpp"
#include "app/dossier_results.hpp"
#include "app/dossier_scans.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/pages/tracking_views.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

const std::map<std::string, std::string> kNotices{{"tin-nhan", "tracking.message_sent"},
                                                  {"ket-qua", "tracking.bo_result_attached"},
                                                  {"so-hoa", "bo.scan.done"}};

json field_state(const PageRequest& page, const FieldMessages& messages, const std::string& name) {
  auto found = messages.find(name);
  const auto error = found == messages.end() ? std::string() : found->second;
  return {{"value", page.field(name)}, {"error", error}, {"has_error", !error.empty()}};
}

Response reply(PageRequest& page) {
  const auto& who = official(page);
  const auto code = page.http.param("code");
  try {
    app::DossierMessages(page.context.services).post(who, code, page.field("body"));
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    return backoffice_dossier_page(page, field_messages(page, error), 400);
  }
  return see_other("/mot-cua/ho-so/" + code + "?thong-bao=tin-nhan#tin-nhan");
}

// Stores one file the official posted with `store`; a refusal of the file itself (empty, wrong
// type, too large, unknown component) is shown beside `field`, anything else propagates.
template <typename Store>
Response store_file(PageRequest& page, const std::string& field, const std::string& done,
                    Store store) {
  const auto code = page.http.param("code");
  const auto* file = page.form.file("file");
  try {
    if (!file || file->data.empty()) app::throw_invalid({{field, "error.file_empty"}});
    store(official(page), code, *file);
  } catch (const app::AppError& error) {
    const bool shown_here =
        error.kind() == app::ErrorKind::invalid_input || error.kind() == app::ErrorKind::too_large;
    if (!shown_here) throw;
    const auto key = error.fields().empty() ? error.message_key() : error.fields().begin()->second;
    return backoffice_dossier_page(page, {{field, page.text(key)}}, 400);
  }
  return see_other("/mot-cua/ho-so/" + code + "?thong-bao=" + done + "#" + done);
}

Response attach_result(PageRequest& page) {
  return store_file(page, "file", "ket-qua", [&](const auto& who, const auto& code, const auto& f) {
    app::DossierResults(page.context.services)
        .attach(who, code, {"", f.filename, f.data}, {page.field("sign") == "1", ""});
  });
}

Response scan_paper(PageRequest& page) {
  return store_file(page, "scan", "so-hoa", [&](const auto& who, const auto& code, const auto& f) {
    app::DossierScans(page.context.services)
        .add(who, code, {page.field("component_id"), f.filename, f.data});
  });
}

json scan_view(const PageRequest& page, const app::DossierTracking& tracking,
               const FieldMessages& messages) {
  json components = json::array();
  for (const auto& c : tracking.detail.procedure.components)
    components.push_back({{"value", c.id}, {"label", c.name}});
  auto view = field_state(page, messages, "scan");
  view["components"] = components;
  return view;
}

}  // namespace

json tracking_panels_view(PageRequest& page, const app::DossierTracking& tracking,
                          const FieldMessages& messages) {
  const auto& translations = page.context.translations;
  const auto& dossier = tracking.detail.dossier;
  const auto chat = messages_view(translations, page.lang(), tracking.messages, Reader::official);
  const auto results =
      results_view(translations, page.lang(), tracking.results, tracking.signed_results);
  json view{{"chat", chat},
            {"has_chat", !chat.empty()},
            {"results", results},
            {"has_results", !results.empty()}};
  if (!tracking.message_side.empty()) view["reply"] = field_state(page, messages, "body");
  if (!tracking.message_side.empty() && app::accepts_results(dossier.lifecycle.status))
    view["result_upload"] = field_state(page, messages, "file");
  view["can_sign"] = tracking.can_sign_results;
  if (tracking.can_scan) view["scan"] = scan_view(page, tracking, messages);
  if (dossier.clock.received_at)
    view["form_01_url"] = "/ho-so/" + dossier.code + "/phieu-tiep-nhan.pdf";
  auto notice = kNotices.find(page.http.query_or("thong-bao", ""));
  if (notice != kNotices.end() && messages.empty()) view["flash"] = page.text(notice->second);
  return view;
}

void register_tracking_panels(Router& router, WebContext& context) {
  add_page(router, context, Method::post, "/mot-cua/ho-so/{code}/tin-nhan", reply);
  add_page(router, context, Method::post, "/mot-cua/ho-so/{code}/ket-qua", attach_result);
  add_page(router, context, Method::post, "/mot-cua/ho-so/{code}/so-hoa", scan_paper);
}

}  // namespace motcua::web::backoffice
