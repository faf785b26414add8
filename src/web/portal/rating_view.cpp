#include "web/portal/rating_view.hpp"

#include "app/dossier_ratings.hpp"
#include "core/service_rating.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

std::string message_at(const FieldMessages& messages, const std::string& key) {
  const auto found = messages.find(key);
  return found == messages.end() ? "" : found->second;
}

json criterion_view(PageRequest& page, const std::string& criterion,
                    const FieldMessages& messages) {
  const auto chosen = page.field("score_" + criterion);
  json choices = json::array();
  for (int score = core::kHighestScore; score >= core::kLowestScore; --score) {
    const auto value = std::to_string(score);
    choices.push_back({{"id", "r-" + criterion + "-" + value},
                       {"value", value},
                       {"label", page.text("rating.score." + criterion + "." + value)},
                       {"checked", chosen == value}});
  }
  const auto error = message_at(messages, "scores." + criterion);
  return {{"name", "score_" + criterion},
          {"id", "r-" + criterion},
          {"legend", page.text("rating.criterion." + criterion)},
          {"choices", choices},
          {"error", error}};
}

json given_view(PageRequest& page, const app::DossierRating& rating) {
  json scores = json::array();
  for (const auto& criterion : core::rating_criteria()) {
    const auto score = rating.scores.find(criterion);
    if (score == rating.scores.end()) continue;
    scores.push_back(
        {{"criterion", page.text("rating.criterion." + criterion)},
         {"score", page.text("rating.score." + criterion + "." + std::to_string(score->second))}});
  }
  return {{"scores", scores}, {"comment", rating.comment}};
}

}  // namespace

json rating_view(PageRequest& page, const app::DossierDetail& detail,
                 const FieldMessages& messages) {
  if (!core::rating_open(detail.dossier.lifecycle.status)) return {{"any", false}};
  const auto given =
      app::DossierRatings(page.context.services).find(page.principal(), detail.dossier.code);
  if (given) return {{"any", true}, {"given", given_view(page, *given)}};
  return {{"any", true}, {"form", rating_form_view(page, messages)}};
}

json rating_form_view(PageRequest& page, const FieldMessages& messages) {
  json criteria = json::array();
  for (const auto& criterion : core::rating_criteria())
    criteria.push_back(criterion_view(page, criterion, messages));
  return {{"criteria", criteria},
          {"comment", page.field("comment_rating")},
          {"comment_error", message_at(messages, "comment")}};
}

app::RatingInput posted_rating(const PageRequest& page) {
  app::RatingInput input;
  for (const auto& criterion : core::rating_criteria()) {
    const auto value = page.field("score_" + criterion);
    if (!value.empty()) input.scores[criterion] = value.size() == 1 ? value[0] - '0' : -1;
  }
  input.comment = page.field("comment_rating");
  return input;
}

}  // namespace motcua::web::portal
