// Quotas on what one account may keep unfiled (the server runs with the default of 50 open drafts
// per account). A quota is not a rate: the refusal is 409 quota_exceeded, no waiting lifts it, and
// no draft already there is lost.
#include "api_test.hpp"

namespace motcua::test {
namespace {

constexpr int kDefaultMaxDrafts = 50;

class QuotaApi : public ApiTest {};

TEST_F(QuotaApi, TheDraftOverTheQuotaIs409AndFilingOneMakesRoom) {
  const auto user = new_citizen("hanmuc");
  const auto form = filled_form(birth_procedure().at("form").at("fields"));
  std::vector<DossierRef> drafts;
  for (int i = 0; i < kDefaultMaxDrafts; ++i) drafts.push_back(create_draft(user, form));

  const auto refused = post(
      "/api/v1/dossiers", {{"procedure_code", birth_procedure().at("code")}, {"form", form}}, user);
  EXPECT_EQ(refused.status, 409) << refused.body;
  EXPECT_EQ(error_code(refused), "quota_exceeded") << refused.body;
  EXPECT_NE(refused.json()["error"]["message"].get<std::string>().find("50"), std::string::npos)
      << refused.body;
  EXPECT_FALSE(refused.header("retry-after").has_value());

  // The drafts already there stay, and can still be edited.
  const auto target = "/api/v1/dossiers/" + std::to_string(drafts.back().id);
  EXPECT_EQ(put(target, {{"form", form}}, user).status, 200);
  EXPECT_EQ(get(target, user).status, 200);

  // Another account is not affected.
  EXPECT_EQ(post("/api/v1/dossiers",
                 {{"procedure_code", birth_procedure().at("code")}, {"form", json::object()}},
                 new_citizen("hanmuc_khac"))
                .status,
            201);

  // A filed dossier no longer counts.
  upload_required_components(user, drafts.front().id);
  const auto submitted = post("/api/v1/dossiers/" + std::to_string(drafts.front().id) + "/submit",
                              json::object(), user);
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  EXPECT_NO_THROW(create_draft(user, form));
}

}  // namespace
}  // namespace motcua::test
