#pragma once
// The applicant's rating of a finished dossier (core/service_rating), kept once and pushed to the
// national portal's evaluation system (requirements §13.7).
#include <functional>
#include <optional>
#include <string>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

struct RatingInput {
  std::map<std::string, int> scores;
  std::string comment;
};

class DossierRatings {
 public:
  explicit DossierRatings(Services& services) : services_(services) {}

  // The owner rates on the portal: 404 for anyone else, 409 before the result or when rated
  // already, 400 naming each wrong score.
  DossierRating rate(const Principal& who, const std::string& code, const RatingInput& input);
  // At the kiosk: whoever gives the dossier's code and its applicant's ID number (404 otherwise,
  // whichever was wrong).
  DossierRating rate_at_kiosk(const std::string& code, const std::string& id_number,
                              const RatingInput& input);
  // At the counter: a reception official records the applicant's rating of a dossier they may see.
  DossierRating rate_at_counter(const Principal& who, const std::string& code,
                                const RatingInput& input);
  // The owner or an official who may see the dossier; none when not rated yet.
  std::optional<DossierRating> find(const Principal& who, const std::string& code);

 private:
  DossierRating record(const std::string& code, const RatingInput& input,
                       const std::string& channel, const std::string& rated_by,
                       const std::function<bool(const core::Dossier&)>& allowed);

  Services& services_;
};

}  // namespace motcua::app
