// the administrative-unit catalog over the API, and the server's verdict on e-form answers
// (address parts, catalog membership, citizen ID) when a draft is submitted.
#include "api_test.hpp"

namespace motcua::test {
namespace {

class EformApi : public ApiTest {};

TEST_F(EformApi, ListsProvincesThenTheCommunesOfOne) {
  const auto provinces = get("/api/v1/admin-units");
  ASSERT_EQ(provinces.status, 200) << provinces.body;
  const auto items = provinces.json().at("items");
  EXPECT_GE(items.size(), 35u);  // the 34 of Resolution 202/2025/QH15 and the demo province
  bool hanoi = false;
  for (const auto& item : items) {
    EXPECT_FALSE(item.contains("parent"));
    hanoi = hanoi || (item.at("code") == "01" && item.at("name") == "Thành phố Hà Nội");
  }
  EXPECT_TRUE(hanoi);

  const auto communes = get("/api/v1/admin-units?parent=H29").json().at("items");
  ASSERT_FALSE(communes.empty());
  for (const auto& item : communes) EXPECT_EQ(item.at("parent"), "H29");
  EXPECT_EQ(communes.at(0).at("code"), "H29.12.05");

  const auto unknown = get("/api/v1/admin-units?parent=NOPE");
  EXPECT_EQ(unknown.status, 404) << unknown.body;
  EXPECT_EQ(unknown.json().at("error").at("code"), "admin_unit_not_found");
}

TEST_F(EformApi, SubmitNamesEachBadPartOfTheForm) {
  auto form = filled_form(birth_procedure().at("form").at("fields"));
  form["noi_sinh"] = {{"province", "01"}, {"commune", "H29.12.05"}, {"street", ""}};
  form["so_dinh_danh_me"] = "123";
  auto dossier = create_draft(kCitizen, form);
  upload_required_components(kCitizen, dossier.id);
  const auto response =
      post("/api/v1/dossiers/" + std::to_string(dossier.id) + "/submit", json::object(), kCitizen);
  ASSERT_EQ(response.status, 400) << response.body;
  const auto fields = response.json().at("error").at("fields");
  EXPECT_TRUE(fields.contains("noi_sinh.street")) << fields;
  EXPECT_TRUE(fields.contains("so_dinh_danh_me")) << fields;
  // The commune is not in Hà Nội: the catalog check runs beside the form's rules.
  EXPECT_TRUE(fields.contains("noi_sinh.commune")) << fields;
}

TEST_F(EformApi, ACatalogAddressIsKeptInWordsAtSubmission) {
  auto form = filled_form(birth_procedure().at("form").at("fields"));
  form["noi_sinh"] = {
      {"province", "H29"}, {"commune", "H29.12.05"}, {"street", "Số 5 đường Lê Lợi"}};
  auto dossier = create_draft(kCitizen, form);
  upload_required_components(kCitizen, dossier.id);
  const auto submitted =
      post("/api/v1/dossiers/" + std::to_string(dossier.id) + "/submit", json::object(), kCitizen);
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  const auto code = submitted.json().at("code").get<std::string>();
  const auto detail = get("/api/v1/dossiers/" + code, kCitizen).json();
  EXPECT_EQ(detail.at("form").at("noi_sinh").at("text"),
            "Số 5 đường Lê Lợi, Phường Minh An, Tỉnh Minh An");
}

}  // namespace
}  // namespace motcua::test
