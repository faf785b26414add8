// The applicants' ratings, one per dossier: the primary key keeps the first.
#include <nlohmann/json.hpp>

#include "store/sql/transaction.hpp"

namespace motcua::store::sql {

bool SqlTransaction::insert_rating(const app::DossierRating& r) {
  const auto satisfaction = r.scores.contains("satisfaction") ? r.scores.at("satisfaction") : 0;
  return !db_.query(
                 "INSERT INTO dossier_ratings (dossier_id, channel, scores, satisfaction, comment, "
                 "rated_by, rated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) "
                 "ON CONFLICT (dossier_id) DO NOTHING RETURNING dossier_id",
                 {r.dossier_id, r.channel, nlohmann::json(r.scores).dump(), satisfaction, r.comment,
                  r.rated_by, r.rated_at})
              .empty();
}

std::optional<app::DossierRating> SqlTransaction::find_rating(long long dossier_id) {
  const auto rows = db_.query(
      "SELECT dossier_id, channel, scores, comment, rated_by, rated_at FROM dossier_ratings "
      "WHERE dossier_id = $1",
      {dossier_id});
  if (rows.empty()) return std::nullopt;
  const auto& row = rows.front();
  app::DossierRating rating;
  rating.dossier_id = row.integer(0);
  rating.channel = row.text(1);
  const auto scores = nlohmann::json::parse(row.text(2), nullptr, false);
  if (scores.is_object()) rating.scores = scores.get<std::map<std::string, int>>();
  rating.comment = row.text(3);
  rating.rated_by = row.text(4);
  rating.rated_at = row.instant(5);
  return rating;
}

}  // namespace motcua::store::sql
