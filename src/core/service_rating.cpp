#include "core/service_rating.hpp"

#include <algorithm>
#include <array>

namespace motcua::core {

const std::vector<std::string>& rating_criteria() {
  // Satisfaction overall, then the indices an applicant can judge: the time taken against the
  // time promised, the officials' attitude, how clear the guidance was, the online service.
  static const std::vector<std::string> criteria{"satisfaction", "timeliness", "attitude",
                                                 "guidance", "online_service"};
  return criteria;
}

bool known_rating_channel(std::string_view channel) {
  static constexpr std::array<std::string_view, 3> kChannels{"portal", "kiosk", "counter"};
  return std::find(kChannels.begin(), kChannels.end(), channel) != kChannels.end();
}

std::map<std::string, std::string> rating_problems(const std::map<std::string, int>& scores,
                                                   std::string_view comment) {
  std::map<std::string, std::string> problems;
  const auto& criteria = rating_criteria();
  for (const auto& [criterion, score] : scores) {
    if (std::find(criteria.begin(), criteria.end(), criterion) == criteria.end())
      problems["scores." + criterion] = "error.option";
    else if (score < kLowestScore || score > kHighestScore)
      problems["scores." + criterion] = "error.rating_score";
  }
  for (const auto& criterion : criteria) {
    if (!scores.contains(criterion)) problems["scores." + criterion] = "error.required";
  }
  if (comment.size() > kMaxRatingComment) {
    problems["comment"] = "error.too_long";
  } else {
    const auto satisfaction = scores.find("satisfaction");
    const bool dissatisfied = satisfaction != scores.end() &&
                              satisfaction->second >= kLowestScore &&
                              satisfaction->second <= kDissatisfied;
    if (dissatisfied && comment.find_first_not_of(" \t\r\n") == std::string_view::npos)
      problems["comment"] = "error.rating_reason";
  }
  return problems;
}

}  // namespace motcua::core
