#include "app/catalog.hpp"

#include <algorithm>
#include <cctype>

#include "app/errors.hpp"
#include "core/spelling.hpp"

namespace motcua::app {
namespace {

// The store pages by at most this many rows; the listing reads page after page in one transaction.
constexpr int kListingPage = 100;
constexpr std::size_t kMaxKeyword = 200;

void check_query(const ProcedureQuery& query) {
  if (query.text.size() > kMaxKeyword) throw_invalid({{"q", "error.too_long"}});
  if (!query.level.empty() && !core::parse_service_level(query.level))
    throw_invalid({{"level", "error.option"}});
  if (!query.audience.empty() && !core::parse_audience(query.audience))
    throw_invalid({{"audience", "error.option"}});
  if (!is_catalog_sort(query.sort)) throw_invalid({{"sort", "error.option"}});
}

// Percent-encodes everything outside RFC 3986's unreserved set: a code is digits and dots, but the
// template is the province's and the code comes from the catalog.
std::string url_component(const std::string& text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const unsigned char c : text) {
    if (std::isalnum(c) != 0 || c == '-' || c == '.' || c == '_' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

}  // namespace

bool is_catalog_sort(const std::string& sort) {
  return sort.empty() || sort == "relevance" || sort == "name" || sort == "duration" ||
         sort == "code";
}

Page<ProcedureHit> Catalog::search(ProcedureQuery query) {
  check_query(query);
  if (query.sort == "relevance") query.sort.clear();
  query.page = std::max(1, query.page);
  query.per_page = std::clamp(query.per_page, 1, kListingPage);
  Page<ProcedureHit> page;
  services_.store.read([&](Transaction& tx) { page = tx.search_procedures(query); });
  return page;
}

core::Procedure Catalog::get(const std::string& code) {
  std::optional<core::Procedure> procedure;
  // The version in force today: one published for a later date waits for it.
  const auto today = core::to_local(services_.clock.now()).date;
  services_.store.read(
      [&](Transaction& tx) { procedure = tx.find_procedure_in_force(code, today); });
  if (!procedure) throw_not_found("procedure");
  return *procedure;
}

CatalogFilters Catalog::filters() {
  CatalogFilters filters;
  services_.store.read([&](Transaction& tx) {
    filters.sectors = tx.list_sectors();
    // Agencies and communes are the units a procedure can name as competent.
    for (auto& unit : tx.list_units()) {
      if (unit.kind == core::UnitKind::agency || unit.kind == core::UnitKind::commune)
        filters.agencies.push_back(std::move(unit));
    }
  });
  return filters;
}

std::vector<core::Procedure> Catalog::all() {
  std::vector<core::Procedure> procedures;
  services_.store.read([&](Transaction& tx) {
    ProcedureQuery query;
    query.sort = "code";
    query.per_page = kListingPage;
    for (query.page = 1;; ++query.page) {
      auto page = tx.search_procedures(query);
      for (auto& hit : page.items) procedures.push_back(std::move(hit.procedure));
      if (page.items.empty() || static_cast<long long>(procedures.size()) >= page.total) break;
    }
  });
  return procedures;
}

std::string Catalog::suggestion(const std::string& text) {
  if (text.size() > kMaxKeyword) return "";
  std::vector<std::string> names;
  for (const auto& procedure : all()) names.push_back(procedure.name);
  return core::suggest_query(text, core::Vocabulary(names));
}

std::optional<std::string> national_portal_link(const Policy& policy, const std::string& code) {
  if (policy.national_portal_url.empty()) return std::nullopt;
  std::string url = policy.national_portal_url;
  const auto encoded = url_component(code);
  for (auto at = url.find("{code}"); at != std::string::npos; at = url.find("{code}", at)) {
    url.replace(at, 6, encoded);
    at += encoded.size();
  }
  return url;
}

void refuse_local_filing(const Policy& policy, const std::string& code) {
  const auto link = national_portal_link(policy, code);
  if (!link) return;
  AppError error(ErrorKind::conflict, "national_portal", "catalog.error.national_portal");
  error.params["url"] = *link;
  throw error;
}

}  // namespace motcua::app
