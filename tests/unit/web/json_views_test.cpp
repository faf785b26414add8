// What the store kept is read back within the nesting bound: a form stored before the bound
// existed, too deep to walk, is shown as null instead of bringing the server down.
#include "web/json_views.hpp"

#include <gtest/gtest.h>

namespace motcua::web {
namespace {

TEST(JsonViews, AStoredFormTooDeepToReadIsNull) {
  app::DossierDetail detail;
  detail.dossier.form_json =
      R"({"a": )" + std::string(100000, '[') + std::string(100000, ']') + "}";
  core::DossierEvent event;
  event.payload = std::string(100000, '{');
  detail.events.push_back(event);
  const auto out = dossier_detail_json(detail);
  EXPECT_TRUE(out["form"].is_null());
  EXPECT_TRUE(event_json(event)["payload"].is_null());
  EXPECT_NO_THROW(static_cast<void>(out.dump()));
}

TEST(JsonViews, AStoredFormReadsBackAsItWas) {
  app::DossierDetail detail;
  detail.dossier.form_json = R"({"ho_ten": "Lê Thị Hoa", "con": [{"ten": "An"}]})";
  EXPECT_EQ(dossier_detail_json(detail)["form"]["con"][0]["ten"], "An");
}

}  // namespace
}  // namespace motcua::web
