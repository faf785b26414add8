#pragma once
// The public catalog of procedures (requirements P2, P3, P12, P17): search with filters and sort,
// a procedure's record, the filter choices, the full listing for the sitemap, "did you mean"
// suggestions, and where "Nộp hồ sơ" leads when the province files on the national portal.
#include <optional>
#include <string>
#include <vector>

#include "app/services.hpp"

namespace motcua::app {

struct CatalogFilters {
  std::vector<Sector> sectors;
  std::vector<core::Unit> agencies;  // units competent for at least one procedure
};

// The sort orders a search accepts; "" and "relevance" rank by match when there is a keyword.
bool is_catalog_sort(const std::string& sort);

class Catalog {
 public:
  explicit Catalog(Services& services) : services_(services) {}

  // Throws invalid_input naming the field for a keyword over 200 characters or a level, audience
  // or sort outside its closed list.
  Page<ProcedureHit> search(ProcedureQuery query);
  core::Procedure get(const std::string& code);  // throws not_found
  CatalogFilters filters();
  // Every current procedure (summary fields only), ordered by code: the sitemap's list.
  std::vector<core::Procedure> all();
  // A corrected keyword when `text` has a word no procedure name contains but one is close
  // ("khai snh" → "khai sinh"); "" otherwise.
  std::string suggestion(const std::string& text);

 private:
  Services& services_;
};

// Requirements §13.6: where the province's citizens file on the national portal, the procedure's
// page there (the deployment's URL template with {code} filled in); nullopt where they file here.
std::optional<std::string> national_portal_link(const Policy& policy, const std::string& code);

// Refuses a local draft in a national-portal deployment: conflict "national_portal", with the
// procedure's national-portal address in the error's "url" parameter.
void refuse_local_filing(const Policy& policy, const std::string& code);

}  // namespace motcua::app
