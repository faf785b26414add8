#pragma once
// The owner's rating panel on the dossier page: once the result is out, a score for each criterion
// and a comment; afterwards the rating given.
#include <nlohmann/json.hpp>

#include "app/dossier_detail.hpp"
#include "app/dossier_ratings.hpp"
#include "web/pages/form_view.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web::portal {

// `messages` keyed "scores.<criterion>" and "comment", with the posted values kept.
nlohmann::json rating_view(PageRequest& page, const app::DossierDetail& detail,
                           const FieldMessages& messages);

// The criteria and the comment as posted, with their messages: what rating_criteria draws.
nlohmann::json rating_form_view(PageRequest& page, const FieldMessages& messages);

// The scores and comment posted by rating_criteria's fields.
app::RatingInput posted_rating(const PageRequest& page);

}  // namespace motcua::web::portal
