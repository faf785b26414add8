// The public verification page of signed documents (API.md "Signatures and verification"): the QR
// code and the address printed on the stamp open /xac-thuc/<id>; anyone may also upload a copy to
// learn whether it is exactly what the unit signed.
#include "app/document_signing.hpp"
#include "app/errors.hpp"
#include "core/text.hpp"
#include "web/http/url.hpp"
#include "web/pages/dossier_views.hpp"
#include "web/pages/page_support.hpp"
#include "web/portal/portal_pages.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxIdLength = 64;

json verification_view(const PageRequest& page, const app::Verification& verification) {
  json view{{"valid", verification.valid},
            {"sha256", verification.sha256},
            {"dossier_code", verification.dossier_code},
            {"id", verification.id}};
  // Who signed is shown only for a signature that holds: an altered copy proves nothing of it.
  if (!verification.valid) {
    view["problem"] = page.text("signature.problem." + verification.problem);
    return view;
  }
  view["signed_by"] = verification.signed_by;
  view["signed_at"] = display_time(verification.signed_at);
  if (!verification.kind.empty()) view["kind"] = page.text("signature.kind." + verification.kind);
  if (!verification.replaced_by.empty())
    view["replaced_by_url"] = "/xac-thuc/" + verification.replaced_by;
  return view;
}

// The upload form works without an account: its token comes from the form cookie.
json base_model(PageRequest& page) {
  return {{"title", page.text("signature.title")}, {"nav", "verify"}, {"csrf", page.csrf_token()}};
}

Response verify_home(PageRequest& page) {
  const auto id = core::trim(page.http.query_or("ma", "")).substr(0, kMaxIdLength);
  if (!id.empty()) return see_other("/xac-thuc/" + percent_encode(id));
  return render_page(page, "portal/verify", base_model(page));
}

Response verify_id(PageRequest& page) {
  auto model = base_model(page);
  const auto id = page.http.param("id");
  model["id_value"] = id;
  try {
    model["result"] =
        verification_view(page, app::SignatureVerification(page.context.services).by_id(id));
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::not_found) throw;
    model["not_found"] = page.text("signature.not_found");
    return render_page(page, "portal/verify", std::move(model), 404);
  }
  return render_page(page, "portal/verify", std::move(model));
}

Response verify_copy(PageRequest& page) {
  auto model = base_model(page);
  const auto* file = page.form.file("file");
  if (file == nullptr || file->data.empty()) {
    model["file_error"] = page.text("error.file_empty");
    return render_page(page, "portal/verify", std::move(model), 400);
  }
  model["result"] = verification_view(
      page, app::SignatureVerification(page.context.services).of_copy(file->data));
  model["file_name"] = file->filename;
  return render_page(page, "portal/verify", std::move(model));
}

}  // namespace

void register_verify_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/xac-thuc", verify_home);
  add_page(router, context, Method::post, "/xac-thuc", verify_copy);
  add_page(router, context, Method::get, "/xac-thuc/{id}", verify_id);
}

}  // namespace motcua::web::portal
