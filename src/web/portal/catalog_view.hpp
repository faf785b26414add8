#pragma once
// View models of the catalog pages: the search form and its filters, result cards, pagination and
// a procedure's record as the portal shows them (requirements P2, P3, P12, P17; Circular 21/2023
// Art 6 on the search box).
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/catalog.hpp"
#include "views/i18n.hpp"

namespace motcua::web {

// A catalog list's query string, as links carry it: the home page's names (q, agency, sector)
// plus level, audience and sort.
struct SearchParams {
  std::string q;
  std::string agency;
  std::string sector;
  int page = 1;
  std::string level;     // toan_trinh | mot_phan | truc_tiep, "" for any
  std::string audience;  // citizen | business, "" for any
  std::string sort;      // "" (relevance with a keyword, else name) | name | duration | code
};

inline constexpr int kResultsPerPage = 20;

// The two lists drawn by one template: every procedure at /thu-tuc, and the online public
// services (levels toàn trình and một phần) at /dich-vu-cong-truc-tuyen.
struct CatalogList {
  std::string path;
  std::string title_key;
  std::string intro_key;
  std::string nav;
  bool online_only = false;
};

// What a list page shows beyond the hits: the user's language, where filing happens, the
// keyword's suggestion and the count without filters when nothing was found.
struct CatalogListContext {
  const views::Translations& translations;
  std::string lang;
  const app::Policy& policy;
  std::string suggestion;
  std::optional<long long> total_without_filters;
};

// The search form's state: the keyword and the agency and sector choices, the current ones marked.
nlohmann::json search_form_view(const app::CatalogFilters& filters, const SearchParams& params);

// The results page's full filter form: keyword, agency, sector, level, audience and sort.
nlohmann::json catalog_filters_view(const views::Translations& translations,
                                    const std::string& lang, const app::CatalogFilters& filters,
                                    const SearchParams& params, const CatalogList& list);

// `path?name=value&…` with the set parameters only (no page), ending in '?' or '&' so a page
// number can be appended.
std::string catalog_list_base(const std::string& path, const SearchParams& params);

// The list page's model: title, filters, cards, count, help when empty and pagination.
nlohmann::json catalog_list_view(const CatalogListContext& context, const CatalogList& list,
                                 const SearchParams& params, nlohmann::json filters,
                                 const app::Page<app::ProcedureHit>& found);

// One result card: the summary JSON, the highlighted name and the level's label.
nlohmann::json procedure_card_view(const views::Translations& translations, const std::string& lang,
                                   const app::ProcedureHit& hit);

// Links to the pages of a result list; null when everything fits on one page. `base` is the list's
// URL with its query and no page parameter (it ends in '?' or '&').
nlohmann::json pagination_view(const std::string& base, int page, long long total, int per_page);

// The procedure's record for its page, with the level label and fees as money, the step-by-step
// guide and the contents of the page.
nlohmann::json procedure_page_view(const views::Translations& translations, const std::string& lang,
                                   const core::Procedure& procedure);

// The search engines' summary of a procedure: name, agency, level and time limit.
std::string procedure_meta_description(const views::Translations& translations,
                                       const std::string& lang, const core::Procedure& procedure);

// "1.234.567 đ": amounts as Vietnamese write them.
std::string display_money(long long amount_vnd);

}  // namespace motcua::web
