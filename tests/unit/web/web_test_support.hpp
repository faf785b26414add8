#pragma once
// The real catalogs and templates of the source tree, loaded once for the page tests.
#include "test_paths.hpp"
#include "views/i18n.hpp"
#include "views/renderer.hpp"

namespace motcua::web::testing {

inline const views::Translations& translations() {
  static const auto loaded = views::Translations::load(MOTCUA_SOURCE_DIR "/i18n");
  return loaded;
}

inline const views::Renderer& renderer() {
  static const views::Renderer loaded(MOTCUA_SOURCE_DIR "/templates", "", translations());
  return loaded;
}

}  // namespace motcua::web::testing
