#include "web/portal/sitemap.hpp"

#include "app/catalog.hpp"
#include "core/text.hpp"
#include "web/pages/page_support.hpp"
#include "web/pages/safe_redirect.hpp"
#include "web/portal/public_page.hpp"

namespace motcua::web {
namespace {

// Crawlers have nothing to find behind a login; these paths hold personal or official work.
constexpr const char* kPrivatePaths[] = {"/ho-so", "/tai-khoan", "/thong-bao", "/mot-cua",
                                         "/tep/",  "/api/",      "/dang-xuat", "/dat-lai-mat-khau"};

std::string lastmod_of(const core::Procedure& procedure) {
  const auto& date = procedure.effective_from;
  // No known date: leave lastmod out rather than invent one.
  if (!date.ok() || date.year() < std::chrono::year{2000}) return "";
  return core::format_date(date);
}

Response sitemap(PageRequest& page) {
  app::Catalog catalog(page.context.services);
  std::vector<SitemapEntry> entries;
  for (const auto& path : public_page_paths()) entries.push_back({path, ""});
  std::vector<std::string> sectors;
  for (const auto& sector : catalog.filters().sectors) sectors.push_back(sector.code);
  for (auto& entry : catalog_entries(sectors, catalog.all())) entries.push_back(std::move(entry));
  Response response;
  response.body = sitemap_xml(public_base_url(page.context.config), entries);
  response.header("content-type", "application/xml; charset=utf-8");
  return with_validator(page.http, std::move(response));
}

Response robots(PageRequest& page) {
  auto response = Response::text(200, robots_txt(public_base_url(page.context.config)));
  response.header("cache-control", "public, max-age=3600");
  return response;
}

}  // namespace

const std::vector<std::string>& public_page_paths() {
  static const std::vector<std::string> paths{"/",
                                              "/gioi-thieu",
                                              "/thu-tuc",
                                              "/dich-vu-cong-truc-tuyen",
                                              "/tra-cuu",
                                              "/phan-anh-kien-nghi",
                                              "/danh-gia",
                                              "/thong-ke",
                                              "/ho-tro",
                                              "/ho-tro/huong-dan-su-dung",
                                              "/ho-tro/cau-hoi-thuong-gap",
                                              "/ho-tro/hoi-dap",
                                              "/ho-tro/khao-sat",
                                              "/dich-vu-khac"};
  return paths;
}

std::string sitemap_xml(const std::string& base, const std::vector<SitemapEntry>& entries) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const auto& entry : entries) {
    xml += "<url><loc>" + core::html_escape(base + entry.path) + "</loc>";
    if (!entry.lastmod.empty()) xml += "<lastmod>" + entry.lastmod + "</lastmod>";
    xml += "</url>\n";
  }
  return xml + "</urlset>\n";
}

std::string robots_txt(const std::string& base) {
  std::string text = "User-agent: *\n";
  for (const char* path : kPrivatePaths) text += std::string("Disallow: ") + path + "\n";
  return text + "\nSitemap: " + base + "/sitemap.xml\n";
}

std::vector<SitemapEntry> catalog_entries(const std::vector<std::string>& sector_codes,
                                          const std::vector<core::Procedure>& procedures) {
  std::vector<SitemapEntry> entries;
  for (const auto& code : sector_codes)
    entries.push_back({"/thu-tuc?sector=" + url_encode(code), ""});
  for (const auto& procedure : procedures)
    entries.push_back({"/thu-tuc/" + url_encode(procedure.code), lastmod_of(procedure)});
  return entries;
}

void register_sitemap_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/sitemap.xml", sitemap);
  add_page(router, context, Method::get, "/robots.txt", robots);
}

}  // namespace motcua::web
