#pragma once
// Findability by public search engines (requirements P12): /sitemap.xml lists the public pages
// and every procedure page with absolute addresses; /robots.txt points to it and keeps crawlers
// off personal and back-office pages.
#include <string>
#include <vector>

#include "core/procedure.hpp"
#include "web/http/router.hpp"
#include "web/web_context.hpp"

namespace motcua::web {

struct SitemapEntry {
  std::string path;     // "/thu-tuc/1.001193", query allowed ("/thu-tuc?sector=ho-tich")
  std::string lastmod;  // "YYYY-MM-DD" or ""
};

// The public pages of the portal's menu (Circular 21/2023 Art 6 order), without procedures.
const std::vector<std::string>& public_page_paths();

// The sitemap protocol's <urlset>, each path prefixed by `base` and XML-escaped.
std::string sitemap_xml(const std::string& base, const std::vector<SitemapEntry>& entries);

// The robots.txt body naming `base`/sitemap.xml.
std::string robots_txt(const std::string& base);

// Sitemap entries of the catalog: each sector's list and each procedure's page.
std::vector<SitemapEntry> catalog_entries(const std::vector<std::string>& sector_codes,
                                          const std::vector<core::Procedure>& procedures);

void register_sitemap_pages(Router& router, WebContext& context);

}  // namespace motcua::web
