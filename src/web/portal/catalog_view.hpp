#pragma once
// View models of the catalog pages: the search form, result cards, pagination and a procedure's
// record as the portal shows them (requirements P3, P12; Circular 21/2023 Art 6 on the search box).
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "app/catalog.hpp"
#include "views/i18n.hpp"

namespace motcua::web {

struct SearchParams {
  std::string q;
  std::string agency;
  std::string sector;
  int page = 1;
};

inline constexpr int kResultsPerPage = 20;

// The search form's state: the keyword and the agency and sector choices, the current ones marked.
nlohmann::json search_form_view(const app::CatalogFilters& filters, const SearchParams& params);

// One result card: the summary JSON, the highlighted name and the level's label.
nlohmann::json procedure_card_view(const views::Translations& translations, const std::string& lang,
                                   const app::ProcedureHit& hit);

// Links to the pages of a result list; null when everything fits on one page. `base` is the list's
// URL with its query and no page parameter (it ends in '?' or '&').
nlohmann::json pagination_view(const std::string& base, int page, long long total, int per_page);

// The procedure's record for its page, with the level label and fees as money.
nlohmann::json procedure_page_view(const views::Translations& translations, const std::string& lang,
                                   const core::Procedure& procedure);

// "1.234.567 đ": amounts as Vietnamese write them.
std::string display_money(long long amount_vnd);

}  // namespace motcua::web
