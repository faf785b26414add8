// API.md "Catalog": search with and without diacritics, filters, paging and the detail.
#include "api_test.hpp"

namespace motcua::test {
namespace {

class CatalogApi : public ApiTest {
 protected:
  json search(const std::string& query) { return get("/api/v1/procedures?" + query).json(); }

  static bool contains_code(const json& page, const json& code) {
    for (const auto& item : page.at("items")) {
      if (item.at("code") == code) return true;
    }
    return false;
  }
};

TEST_F(CatalogApi, FindsBirthRegistrationWithOrWithoutDiacritics) {
  const auto code = birth_procedure().at("code");
  for (const std::string q : {"dang ky khai sinh", "Đăng ký khai sinh", "DANG KY KHAI SINH"}) {
    const auto page = search("per_page=100&q=" + url_encode(q));
    EXPECT_TRUE(contains_code(page, code)) << q << ": " << page.dump();
  }
  EXPECT_FALSE(contains_code(search("q=" + url_encode("giấy phép xây dựng")), code));
}

TEST_F(CatalogApi, KhaiSinhFindsAFullyOnlineProcedure) {
  const auto page = search("per_page=100&q=" + url_encode("khai sinh"));
  ASSERT_GT(page.at("total").get<long long>(), 0) << page.dump();
  bool full_online = false;
  for (const auto& item : page.at("items")) {
    full_online = full_online || item.at("level") == "toan_trinh";
    EXPECT_NE(item.at("name_highlighted").get<std::string>().find("<mark>"), std::string::npos)
        << item.dump();
  }
  EXPECT_TRUE(full_online) << page.dump();
}

TEST_F(CatalogApi, ListHasTheContractShapeAndPages) {
  const auto all = search("per_page=100");
  EXPECT_GE(all.at("total").get<long long>(), 30);
  const auto page = search("per_page=5&page=2");
  EXPECT_EQ(page.at("items").size(), 5U);
  EXPECT_EQ(page.at("page"), 2);
  EXPECT_EQ(page.at("per_page"), 5);
  EXPECT_EQ(page.at("total"), all.at("total"));
  for (const auto& item : page.at("items")) {
    for (const char* key : {"code", "name", "level", "duration_working_days"})
      EXPECT_TRUE(item.contains(key)) << key << " in " << item.dump();
    EXPECT_TRUE(item.at("sector").contains("code") && item.at("sector").contains("name"));
    EXPECT_TRUE(item.at("agency").contains("code") && item.at("agency").contains("name"));
    EXPECT_TRUE(item.at("level") == "toan_trinh" || item.at("level") == "mot_phan" ||
                item.at("level") == "truc_tiep");
  }
  EXPECT_NE(page.at("items")[0].at("code"), search("per_page=5&page=1").at("items")[0].at("code"));
}

TEST_F(CatalogApi, FiltersNarrowTheList) {
  const auto online = search("per_page=100&level=toan_trinh");
  ASSERT_FALSE(online.at("items").empty());
  for (const auto& item : online.at("items")) EXPECT_EQ(item.at("level"), "toan_trinh");
  const auto agency = birth_procedure().at("agency").at("code").get<std::string>();
  const auto by_agency = search("per_page=100&agency=" + url_encode(agency));
  ASSERT_FALSE(by_agency.at("items").empty());
  for (const auto& item : by_agency.at("items")) EXPECT_EQ(item.at("agency").at("code"), agency);
  EXPECT_LT(by_agency.at("total"), search("per_page=1").at("total"));
}

TEST_F(CatalogApi, RejectsBadParametersNamingThem) {
  for (const auto& [query, field] :
       std::vector<std::pair<std::string, std::string>>{{"level=bogus", "level"},
                                                        {"page=abc", "page"},
                                                        {"per_page=1000", "per_page"},
                                                        {"sort=price", "sort"}}) {
    const auto response = get("/api/v1/procedures?" + query);
    EXPECT_EQ(response.status, 400) << query;
    EXPECT_TRUE(response.json()["error"]["fields"].contains(field))
        << query << ": " << response.body;
  }
}

TEST_F(CatalogApi, DetailHasComponentsFeesFormAndLegalBasis) {
  const auto& detail = birth_procedure();
  EXPECT_EQ(detail.at("level"), "toan_trinh");
  ASSERT_FALSE(detail.at("components").empty());
  for (const auto& component : detail.at("components")) {
    EXPECT_TRUE(component.contains("id") && component.contains("name") &&
                component.contains("required"));
  }
  EXPECT_TRUE(detail.at("fees").is_array());
  EXPECT_FALSE(detail.at("legal_basis").get<std::string>().empty());
  ASSERT_FALSE(detail.at("form").at("fields").empty());
  for (const auto& field : detail.at("form").at("fields")) {
    for (const char* key : {"name", "label", "type", "required"}) EXPECT_TRUE(field.contains(key));
  }
  const auto missing = get("/api/v1/procedures/0.000000");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(error_code(missing), "procedure_not_found");
}

}  // namespace
}  // namespace motcua::test
