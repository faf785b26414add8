#pragma once
// Reads a page of the national portal's dossier feed (docs/integrations.md, DVCQG). An item that
// is not an object is skipped; a page that is not JSON is nothing.
#include <optional>
#include <string>

#include "app/ports/national_portal_feed.hpp"

namespace motcua::integrations {

std::optional<app::NationalFeedPage> parse_national_feed(const std::string& text, long long after);

}  // namespace motcua::integrations
