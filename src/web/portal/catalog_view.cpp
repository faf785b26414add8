#include "web/portal/catalog_view.hpp"

#include <algorithm>

#include "web/json_views.hpp"

namespace motcua::web {
namespace {

using nlohmann::json;

// Few enough page links to fit a phone: the current page and two either side.
constexpr int kPageWindow = 2;

std::string level_label(const views::Translations& translations, const std::string& lang,
                        core::ServiceLevel level) {
  return translations.text(lang, "level." + std::string(core::service_level_name(level)));
}

}  // namespace

json search_form_view(const app::CatalogFilters& filters, const SearchParams& params) {
  json agencies = json::array();
  for (const auto& unit : filters.agencies) {
    agencies.push_back(
        {{"code", unit.code}, {"name", unit.name}, {"selected", unit.code == params.agency}});
  }
  json sectors = json::array();
  for (const auto& sector : filters.sectors) {
    sectors.push_back({{"code", sector.code},
                       {"name", sector.name},
                       {"procedure_count", sector.procedure_count},
                       {"selected", sector.code == params.sector}});
  }
  return {{"q", params.q}, {"agencies", agencies}, {"sectors", sectors}};
}

json procedure_card_view(const views::Translations& translations, const std::string& lang,
                         const app::ProcedureHit& hit) {
  auto card = procedure_summary_json(hit.procedure);
  card["name_highlighted"] = hit.name_highlighted;
  card["level_label"] = level_label(translations, lang, hit.procedure.level);
  return card;
}

json pagination_view(const std::string& base, int page, long long total, int per_page) {
  const int pages = static_cast<int>((total + per_page - 1) / per_page);
  if (pages <= 1) return nullptr;
  page = std::clamp(page, 1, pages);
  auto url = [&](int n) { return base + "page=" + std::to_string(n); };
  json links = json::array();
  for (int n = std::max(1, page - kPageWindow); n <= std::min(pages, page + kPageWindow); ++n) {
    links.push_back({{"number", n}, {"url", url(n)}, {"current", n == page}});
  }
  json view{{"pages", links}};
  if (page > 1) view["previous"] = url(page - 1);
  if (page < pages) view["next"] = url(page + 1);
  return view;
}

std::string display_money(long long amount_vnd) {
  auto digits = std::to_string(amount_vnd < 0 ? -amount_vnd : amount_vnd);
  for (int pos = static_cast<int>(digits.size()) - 3; pos > 0; pos -= 3) digits.insert(pos, ".");
  return (amount_vnd < 0 ? "-" : "") + digits + " đ";
}

json procedure_page_view(const views::Translations& translations, const std::string& lang,
                         const core::Procedure& procedure) {
  auto view = procedure_detail_json(procedure);
  view["level_label"] = level_label(translations, lang, procedure.level);
  for (auto& fee : view["fees"])
    fee["amount_display"] = display_money(fee.value("amount_vnd", 0LL));
  view["has_fees"] = !procedure.fees.empty();
  view["has_steps"] = !procedure.steps.empty();
  view["has_channels"] = !procedure.channels.empty();
  return view;
}

}  // namespace motcua::web
