#include "web/portal/owner_dossier_view.hpp"

#include <algorithm>
#include <map>

#include "app/bounded_json.hpp"
#include "app/declaration_signing.hpp"
#include "app/dossier_uploads.hpp"
#include "app/payments.hpp"
#include "web/api/integration_json.hpp"
#include "web/pages/declaration_view.hpp"
#include "web/pages/dossier_views.hpp"
#include "web/pages/tracking_views.hpp"
#include "web/portal/postal_view.hpp"
#include "web/portal/rating_view.hpp"
#include "web/portal/upload_view.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

const std::map<std::string, std::string> kNotices{{"bo-sung", "dossier.supplement_sent"},
                                                  {"rut", "dossier.withdrawn"},
                                                  {"tin-nhan", "tracking.message_sent"},
                                                  {"buu-chinh", "postal.requested"},
                                                  {"danh-gia", "rating.saved"}};

bool may(const app::DossierDetail& detail, core::Action action) {
  return std::find(detail.actions.begin(), detail.actions.end(), action) != detail.actions.end();
}

// Online payment (requirements §13.9): offered while the dossier waits for its fee, and every
// payment made with its receipt number.
json payment_view(PageRequest& page, const app::DossierDetail& detail) {
  json payments = json::array();
  for (const auto& payment :
       app::Payments(page.context.services).list(page.principal(), detail.dossier.code)) {
    payments.push_back(
        {{"amount", std::to_string(payment.amount)},
         {"state", page.text("connections.payment." + payment.state)},
         {"receipt", payment.receipt_number},
         {"receipt_url", web::api::payment_receipt_path(detail.dossier.code, payment)}});
  }
  const bool due = detail.dossier.lifecycle.status == core::Status::payment_requested &&
                   page.context.services.payments != nullptr;
  return {{"due", due},
          {"payments", payments},
          {"has_payments", !payments.empty()},
          {"any", due || !payments.empty()}};
}

std::string message_of(const FieldMessages& messages, const std::string& key) {
  auto found = messages.find(key);
  return found == messages.end() ? "" : found->second;
}

json field_state(const PageRequest& page, const FieldMessages& messages, const std::string& name) {
  const auto error = message_of(messages, name);
  return {{"value", page.field(name)}, {"error", error}, {"has_error", !error.empty()}};
}

// The components a supplement answers (those requested, or all when the request named none), each
// with the upload widget of the "uploads" part; the answer's own submit sends the files.
json supplement_view(PageRequest& page, const app::DossierDetail& detail,
                     const FieldMessages& messages) {
  const auto requested = requested_components(detail.events);
  const auto limits = app::DossierUploads(page.context.services).limits();
  json components = json::array();
  for (const auto& component : detail.procedure.components) {
    const bool wanted = requested.empty() || std::find(requested.begin(), requested.end(),
                                                       component.id) != requested.end();
    if (!wanted) continue;
    UploadWidget widget{detail.dossier.id,
                        component,
                        {},
                        limits,
                        message_of(messages, "component:" + component.id)};
    widget.purpose = "supplement";
    widget.own_button = false;
    components.push_back(upload_component_view(page.context.translations, page.lang(), widget));
  }
  return {{"reason", supplement_reason(detail.events)},
          {"components", components},
          {"comment", page.field("comment")}};
}

json documents_view(const app::DossierTracking& tracking) {
  const auto& dossier = tracking.detail.dossier;
  json view{{"acknowledgement_url", "/ho-so/" + dossier.code + "/bien-nhan.pdf"}};
  if (dossier.clock.received_at)
    view["form_01_url"] = "/ho-so/" + dossier.code + "/phieu-tiep-nhan.pdf";
  return view;
}

std::vector<app::StoredFile> dossier_files(const std::vector<app::StoredFile>& files) {
  std::vector<app::StoredFile> out;
  std::copy_if(files.begin(), files.end(), std::back_inserter(out),
               [](const app::StoredFile& file) { return file.purpose != "result"; });
  return out;
}

}  // namespace

app::DossierTracking owner_tracking(PageRequest& page) {
  const auto& who = page.principal();
  auto tracking = app::load_tracking(page.context.services, who.user, page.http.param("ref"));
  if (tracking.detail.dossier.owner_id != who.user.id) app::throw_not_found("dossier");
  return tracking;
}

Response owner_dossier_page(PageRequest& page, const app::DossierTracking& tracking,
                            const FieldMessages& messages, int status) {
  const auto& translations = page.context.translations;
  const auto& detail = tracking.detail;
  const auto now = page.context.services.clock.now();
  const auto files = files_view(dossier_files(detail.files), detail.procedure);
  const auto results =
      results_view(translations, page.lang(), tracking.results, tracking.signed_results);
  const auto chat = messages_view(translations, page.lang(), tracking.messages, Reader::owner);
  json model{{"title", detail.dossier.code + " – " + detail.procedure.name},
             {"nav", "mine"},
             {"dossier", dossier_detail_view(translations, page.lang(), detail, now)},
             {"timeline", timeline_view(translations, page.lang(), tracking.timeline)},
             {"schedule", schedule_view(translations, page.lang(), tracking)},
             {"documents", documents_view(tracking)},
             {"chat", chat},
             {"has_chat", !chat.empty()},
             {"message", field_state(page, messages, "body")},
             {"results", results},
             {"has_results", !results.empty()},
             {"form_data", form_data_view(translations, page.lang(), detail.procedure.form,
                                          app::parse_bounded_json(detail.dossier.form_json))},
             {"files", files},
             {"has_files", !files.empty()},
             {"has_errors", !messages.empty()},
             {"errors", error_summary_view(translations, page.lang(), {},
                                           detail.procedure.components, messages)}};
  auto notice = kNotices.find(page.http.query_or("thong-bao", ""));
  if (notice != kNotices.end() && messages.empty()) model["flash"] = page.text(notice->second);
  model["steps"] = steps_view(translations, page.lang(), detail);
  model["has_steps"] = !model["steps"].empty();
  if (may(detail, core::Action::answer_supplement))
    model["supplement"] = supplement_view(page, detail, messages);
  if (may(detail, core::Action::withdraw))
    model["withdraw"] = field_state(page, messages, "reason");
  model["payment"] = payment_view(page, detail);
  model["declaration"] = declaration_view(
      page,
      app::DeclarationSigning(page.context.services).state(page.principal(), detail.dossier.code));
  model["postal"] = postal_view(page, detail, message_of(messages, "postal"));
  model["rating"] = rating_view(page, detail, messages);
  return render_page(page, "portal/dossier", std::move(model), status);
}

}  // namespace motcua::web::portal
