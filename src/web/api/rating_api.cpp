// API.md "Feedback, ratings…": the owner rates a finished dossier once; the rating is read back
// by the owner and the officials who may see the dossier.
#include "app/dossier_ratings.hpp"
#include "app/errors.hpp"
#include "core/time.hpp"
#include "web/api/api_support.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxCriteria = 20;

json rating_json(const app::DossierRating& rating) {
  return {{"channel", rating.channel},
          {"scores", rating.scores},
          {"comment", rating.comment},
          {"rated_at", core::format_iso(rating.rated_at)}};
}

std::map<std::string, int> scores_of(const json& body) {
  const auto scores = body.find("scores");
  if (scores == body.end() || !scores->is_object() || scores->size() > kMaxCriteria)
    app::throw_invalid({{"scores", "error.form_shape"}});
  std::map<std::string, int> out;
  for (const auto& [criterion, score] : scores->items()) {
    if (!score.is_number_integer())
      app::throw_invalid({{"scores." + criterion, "error.rating_score"}});
    const auto value = score.get<long long>();
    out[criterion] = value < 0 || value > 100 ? -1 : static_cast<int>(value);
  }
  return out;
}

app::RatingInput input_of(const json& body) {
  return {scores_of(body), body.contains("comment") ? string_member(body, "comment") : ""};
}

Response rate(WebContext& context, Request& request, Caller& caller) {
  const auto body = json_object_body(request);
  const auto input = input_of(body);
  return created(rating_json(
      app::DossierRatings(context.services).rate(signed_in(caller), request.param("code"), input)));
}

Response rate_at_kiosk(WebContext& context, Request& request, Caller&) {
  const auto body = json_object_body(request);
  const auto input = input_of(body);
  return created(rating_json(app::DossierRatings(context.services)
                                 .rate_at_kiosk(required_string_member(body, "code"),
                                                required_string_member(body, "id_number"), input)));
}

Response rate_at_counter(WebContext& context, Request& request, Caller& caller) {
  const auto body = json_object_body(request);
  app::RatingInput input{scores_of(body),
                         body.contains("comment") ? string_member(body, "comment") : ""};
  return created(
      rating_json(app::DossierRatings(context.services)
                      .rate_at_counter(signed_in(caller), request.param("code"), input)));
}

Response read_rating(WebContext& context, Request& request, Caller& caller) {
  const auto rating =
      app::DossierRatings(context.services).find(signed_in(caller), request.param("code"));
  if (!rating) app::throw_not_found("rating");
  return ok(rating_json(*rating));
}

}  // namespace

void register_rating_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::post, "/api/v1/dossiers/{code}/rating", rate);
  add_route(router, context, Method::get, "/api/v1/dossiers/{code}/rating", read_rating);
  add_route(router, context, Method::post, "/api/v1/kiosk/rating", rate_at_kiosk);
  add_route(router, context, Method::post, "/api/v1/work/dossiers/{code}/rating", rate_at_counter);
}

}  // namespace motcua::web::api
