// API.md "Public lookup": progress without login and without personal data.
#include "api_test.hpp"

namespace motcua::test {
namespace {

class LookupApi : public ApiTest {};

TEST_F(LookupApi, ShowsProgressWithoutPersonalData) {
  auto form = filled_form(birth_procedure().at("form").at("fields"));
  const std::string marker = "Ngõ Bí Mật 77";  // a form value that must never leak
  for (auto& [name, value] : form.items()) {
    if (value.is_string() && value == "Nguyễn Thị Mai") value = marker;
  }
  auto dossier = create_draft(kCitizen, form);
  upload_required_components(kCitizen, dossier.id);
  dossier.code =
      post("/api/v1/dossiers/" + std::to_string(dossier.id) + "/submit", json::object(), kCitizen)
          .json()
          .at("code");
  act(kReception, dossier.code, "receive");

  const auto response = get("/api/v1/lookup/" + dossier.code);  // no token
  ASSERT_EQ(response.status, 200) << response.body;
  const auto body = response.json();
  EXPECT_EQ(body.at("code"), dossier.code);
  EXPECT_EQ(body.at("procedure").at("code"), birth_procedure().at("code"));
  EXPECT_TRUE(body.at("procedure").contains("name"));
  EXPECT_EQ(body.at("status").at("code"), 2);
  EXPECT_TRUE(body.at("received_at").is_string());
  EXPECT_TRUE(body.at("due_at").is_string());
  EXPECT_TRUE(body.at("returned_at").is_null());
  for (const char* key : {"form", "applicant_name", "files", "id", "owner", "assignee"})
    EXPECT_FALSE(body.contains(key)) << key;
  EXPECT_EQ(response.body.find(marker), std::string::npos) << response.body;
  EXPECT_EQ(response.body.find("Nguyễn Văn An"), std::string::npos) << response.body;
  EXPECT_EQ(response.body.find("001090000123"), std::string::npos) << response.body;
}

TEST_F(LookupApi, UnknownCodeIs404) {
  const auto response = get("/api/v1/lookup/H29.50-000101-9999");
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(error_code(response), "dossier_not_found");
  EXPECT_EQ(
      get("/api/v1/lookup/" + std::to_string(create_draft(kCitizen, json::object()).id)).status,
      404);
}

}  // namespace
}  // namespace motcua::test
