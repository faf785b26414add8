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
  return record(code, input, "portal", who.user.username,
                [&](const core::Dossier& dossier) { return dossier.owner_id == who.user.id; });
}

DossierRating DossierRatings::rate_at_kiosk(const std::string& code, const std::string& id_number,
                                            const RatingInput& input) {
  const auto given = core::trim(id_number);
  return record(code, input, "kiosk", "", [&](const core::Dossier& dossier) {
    return !given.empty() && dossier.applicant.id_number == given;
  });
}

DossierRating DossierRatings::rate_at_counter(const Principal& who, const std::string& code,
                                              const RatingInput& input) {
  if (!who.user.has_role(core::Role::reception)) throw_forbidden();
  std::vector<core::Unit> units;
  services_.store.read([&](Transaction& tx) { units = tx.list_units(); });
  return record(code, input, "counter", who.user.username,
                [&](const core::Dossier& dossier) { return may_view(who.user, dossier, units); });
}

DossierRating DossierRatings::record(const std::string& code, const RatingInput& input,
                                     const std::string& channel, const std::string& rated_by,
                                     const std::function<bool(const core::Dossier&)>& allowed) {
  const auto comment = core::trim(input.comment);
  const auto problems = core::rating_problems(input.scores, comment);
  DossierRating rating{0, channel, input.scores, comment, rated_by, services_.clock.now()};
  services_.store.write([&](Transaction& tx) {
    const auto dossier = tx.find_dossier_by_code(code);
    if (!dossier || !allowed(*dossier)) throw_not_found("dossier");
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
