#pragma once
// The applicant's rating of how a dossier was served (Decree 61/2018 as amended, Art 31–33;
// requirements §11 and §13.7): once the result is out, each criterion scored 1 to 5, the overall
// satisfaction among them, a reason required when the applicant is not satisfied, and one rating
// per dossier whichever channel (portal, kiosk, counter) it comes by.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"

namespace motcua::core {

// The criteria, the overall satisfaction first: 5 rất hài lòng … 1 rất không hài lòng.
const std::vector<std::string>& rating_criteria();

inline constexpr int kLowestScore = 1;
inline constexpr int kHighestScore = 5;
// At or below this satisfaction the applicant says why.
inline constexpr int kDissatisfied = 2;
inline constexpr std::size_t kMaxRatingComment = 2000;

// The channels a rating comes by.
bool known_rating_channel(std::string_view channel);

// Rated once the result exists: resolved (9) or returned (10).
constexpr bool rating_open(Status status) {
  return status == Status::resolved || status == Status::returned;
}

// What is wrong with a rating, by field ("scores.<criterion>", "comment"); empty when valid. Every
// criterion must be scored; an unknown one is an error.
std::map<std::string, std::string> rating_problems(const std::map<std::string, int>& scores,
                                                   std::string_view comment);

}  // namespace motcua::core
