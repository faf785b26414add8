#pragma once
#include <optional>
#include <string>
#include <vector>

#include "app/services.hpp"

namespace motcua::app {

struct CatalogFilters {
  std::vector<Sector> sectors;
  std::vector<core::Unit> agencies;  // units competent for at least one procedure
};

class Catalog {
 public:
  explicit Catalog(Services& services) : services_(services) {}

  Page<ProcedureHit> search(ProcedureQuery query);
  core::Procedure get(const std::string& code);  // throws not_found
  CatalogFilters filters();

 private:
  Services& services_;
};

}  // namespace motcua::app
