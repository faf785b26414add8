#include "core/service_rating.hpp"

#include <gtest/gtest.h>

namespace motcua::core {
namespace {

std::map<std::string, int> all(int score) {
  std::map<std::string, int> scores;
  for (const auto& criterion : rating_criteria()) scores[criterion] = score;
  return scores;
}

TEST(ServiceRating, EveryCriterionScoredOneToFiveIsValid) {
  EXPECT_TRUE(rating_problems(all(5), "").empty());
  EXPECT_TRUE(rating_problems(all(3), "").empty());
}

TEST(ServiceRating, AMissingUnknownOrOutOfRangeScoreIsNamed) {
  auto scores = all(4);
  scores.erase("attitude");
  scores["timeliness"] = 6;
  scores["mood"] = 3;
  const auto problems = rating_problems(scores, "");
  EXPECT_EQ(problems.at("scores.attitude"), "error.required");
  EXPECT_EQ(problems.at("scores.timeliness"), "error.rating_score");
  EXPECT_EQ(problems.at("scores.mood"), "error.option");
  EXPECT_EQ(rating_problems(all(0), "").size(), rating_criteria().size());
}

TEST(ServiceRating, TheDissatisfiedSayWhy) {
  auto scores = all(4);
  scores["satisfaction"] = kDissatisfied;
  EXPECT_EQ(rating_problems(scores, "  ").at("comment"), "error.rating_reason");
  EXPECT_TRUE(rating_problems(scores, "Phải đi lại ba lần").empty());
  scores["satisfaction"] = kDissatisfied + 1;
  EXPECT_TRUE(rating_problems(scores, "").empty());
  EXPECT_EQ(rating_problems(all(5), std::string(kMaxRatingComment + 1, 'x')).at("comment"),
            "error.too_long");
}

TEST(ServiceRating, RatedOnceTheResultIsOut) {
  EXPECT_TRUE(rating_open(Status::resolved));
  EXPECT_TRUE(rating_open(Status::returned));
  EXPECT_FALSE(rating_open(Status::processing));
  EXPECT_FALSE(rating_open(Status::submitted));
  EXPECT_TRUE(known_rating_channel("kiosk"));
  EXPECT_FALSE(known_rating_channel("fax"));
}

}  // namespace
}  // namespace motcua::core
