// Downloads of a dossier's files by its owner and the officials who may see the dossier. Always as
// an attachment with the type checked at upload and no sniffing: an upload is never shown inline,
// so a crafted file cannot run in the portal's origin (requirements §8).
#include <charconv>

#include "app/applicant_dossiers.hpp"
#include "app/dossier_uploads.hpp"
#include "core/text.hpp"
#include "web/pages/page_support.hpp"
#include "web/pages/safe_redirect.hpp"
#include "web/portal/portal_pages.hpp"
#include "web/responses.hpp"

namespace motcua::web::portal {
namespace {

std::optional<long long> file_id(const std::string& text) {
  long long value = 0;
  const auto* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || value <= 0) return std::nullopt;
  return value;
}

Response download(PageRequest& page) {
  const auto& who = page.principal();
  auto id = file_id(page.http.param("file_id"));
  if (!id) app::throw_not_found("file");
  std::optional<app::StoredFile> file;
  page.context.services.store.read([&](app::Transaction& tx) { file = tx.find_file(*id); });
  if (!file) app::throw_not_found("file");
  // Throws not_found unless the caller owns the dossier or is an official who may see it.
  app::load_detail(page.context.services, who.user, std::to_string(file->dossier_id));
  auto bytes = page.context.services.files.get(file->sha256);
  if (!bytes) app::throw_not_found("file");
  return download_response(std::move(*bytes), file->content_type, file->original_name);
}

// The upload widget's preview of an image: a PNG the server drew from it, never the upload itself.
Response thumbnail(PageRequest& page) {
  auto id = file_id(page.http.param("file_id"));
  if (!id) app::throw_not_found("file");
  auto png = app::DossierUploads(page.context.services).thumbnail(page.principal().user, *id);
  if (!png) app::throw_not_found("thumbnail");
  Response response{200, {}, std::move(*png)};
  response.header("content-type", "image/png");
  response.header("x-content-type-options", "nosniff");
  response.header("cache-control", "private, no-store");
  return response;
}

}  // namespace

void register_file_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/tep/{file_id}", download);
  add_page(router, context, Method::get, "/tep/{file_id}/anh-nho", thumbnail);
}

}  // namespace motcua::web::portal
