#include "app/dossier_ratings.hpp"

#include <nlohmann/json.hpp>

#include "app/dossier_flow.hpp"
#include "app/errors.hpp"
#include "app/national_sync.hpp"
#include "app/outbox.hpp"
#include "core/national_codes.hpp"
#include "core/service_rating.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

// The national portal's evaluation message, after the dossier's statuses in its stream.
void push_evaluation(const Services& services, Transaction& tx, const core::Dossier& dossier,
                     const DossierRating& rating) {
  nlohmann::json criteria = nlohmann::json::array();
  for (const auto& [criterion, score] : rating.scores)
    criteria.push_back({{"TieuChi", criterion}, {"Diem", score}});
  enqueue(services, tx,
          {"dvcqg",
           "evaluation",
           "dvcqg:evaluation:" + dossier.code,
           dossier_stream("dvcqg", dossier),
           dossier.id,
           {{"MaHoSo", dossier.code},
            {"MaTTHC", dossier.procedure_code},
            {"KenhDanhGia", rating.channel},
            {"MucDoHaiLong", rating.scores.at("satisfaction")},
            {"DanhGia", criteria},
            {"NoiDung", rating.comment},
            {"ThoiGianDanhGia", core::national_time(rating.rated_at)}}});
}

}  // namespace

DossierRating DossierRatings::rate(const Principal& who, const std::string& code,
                                   const RatingInput& input) {
  const auto comment = core::trim(input.comment);
  const auto problems = core::rating_problems(input.scores, comment);
  DossierRating rating{0,       "portal",          input.scores,
                       comment, who.user.username, services_.clock.now()};
  services_.store.write([&](Transaction& tx) {
    const auto dossier = tx.find_dossier_by_code(code);
    if (!dossier || dossier->owner_id != who.user.id) throw_not_found("dossier");
    if (!core::rating_open(dossier->lifecycle.status))
      throw AppError(ErrorKind::conflict, "not_finished", "error.rating_not_open");
    if (!problems.empty()) throw_invalid(problems);
    rating.dossier_id = dossier->id;
    if (!tx.insert_rating(rating))
      throw AppError(ErrorKind::conflict, "already_rated", "error.already_rated");
    push_evaluation(services_, tx, *dossier, rating);
  });
  return rating;
}

std::optional<DossierRating> DossierRatings::find(const Principal& who, const std::string& code) {
  std::optional<DossierRating> rating;
  services_.store.read(
      [&](Transaction& tx) { rating = tx.find_rating(viewable_dossier(tx, who.user, code).id); });
  return rating;
}

}  // namespace motcua::app
