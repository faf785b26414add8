#pragma once
// The national procedure catalog (CSDLQG TTHC, requirements §9.2), read whole from the national
// portal.
#include <optional>
#include <string>
#include <vector>

#include "core/national_procedure.hpp"

namespace motcua::app {

struct NationalCatalogAnswer {
  // Nothing when the catalog could not be read: then `status` and `error` say why.
  std::optional<std::vector<core::NationalProcedure>> procedures;
  int status = 0;     // the portal's HTTP status; 0 when no answer came
  std::string error;  // why nothing was read
  int rejected = 0;   // entries left out as malformed
};

class NationalCatalog {
 public:
  virtual ~NationalCatalog() = default;
  virtual NationalCatalogAnswer fetch_procedures() const = 0;
};

}  // namespace motcua::app
