#pragma once
// The applicants' ratings of how their dossiers were served, one per dossier.
#include <map>
#include <optional>
#include <string>

#include "core/time.hpp"

namespace motcua::app {

struct DossierRating {
  long long dossier_id = 0;
  std::string channel;  // portal, kiosk, counter
  std::map<std::string, int> scores;
  std::string comment;
  std::string rated_by;  // the account that rated; the official who took it at the counter
  core::Instant rated_at{};
};

class RatingRepository {
 public:
  virtual ~RatingRepository() = default;
  // False when the dossier was rated already: the first rating stands.
  virtual bool insert_rating(const DossierRating& rating) = 0;
  virtual std::optional<DossierRating> find_rating(long long dossier_id) = 0;
};

}  // namespace motcua::app
