// The shared catalogs: an administrator adds a document type and renames it, a sector's name
// follows; bad codes and unknown catalogs are refused; nobody else may read or change them.
#include "api_test.hpp"

namespace motcua::test {
namespace {

using ReferenceCatalogApi = ApiTest;

bool lists(const json& items, const std::string& code, const std::string& name) {
  return std::any_of(items.begin(), items.end(),
                     [&](const json& i) { return i.at("code") == code && i.at("name") == name; });
}

TEST_F(ReferenceCatalogApi, AnAdministratorAddsAndRenamesItems) {
  const auto path = "/api/v1/admin/catalogs/document_type/";
  const auto code = "GPLX-" + std::to_string(::getpid() % 100000);
  ASSERT_EQ(put(path + code, {{"name", "Giấy phép lái xe"}}, kAdmin).status, 201);
  const auto renamed = put(path + code, {{"name", "Giấy phép lái xe (thẻ PET)"}}, kAdmin);
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  const auto items = get("/api/v1/admin/catalogs/document_type", kAdmin).json().at("items");
  EXPECT_TRUE(lists(items, code, "Giấy phép lái xe (thẻ PET)")) << items;
  EXPECT_TRUE(lists(items, "CCCD", "Thẻ Căn cước, Căn cước công dân")) << "the demo's types";
  const auto fees = get("/api/v1/admin/catalogs/fee_type", kAdmin).json().at("items");
  EXPECT_TRUE(lists(fees, "LEPHI", "Lệ phí")) << fees;
  const auto sectors = get("/api/v1/admin/catalogs/sector", kAdmin).json().at("items");
  EXPECT_FALSE(sectors.empty()) << "the sectors the procedures name";
  const auto audit = get("/api/v1/admin/audit?action=document_type_renamed", kAdmin).json();
  EXPECT_TRUE(std::any_of(audit.at("items").begin(), audit.at("items").end(),
                          [&](const json& e) { return e.at("target") == code; }));
}

TEST_F(ReferenceCatalogApi, BadItemsAndOthersAreRefused) {
  EXPECT_EQ(get("/api/v1/admin/catalogs/fee_type", kLeader).status, 403);
  EXPECT_EQ(put("/api/v1/admin/catalogs/fee_type/X", {{"name", "x"}}, kCitizen).status, 403);
  EXPECT_EQ(get("/api/v1/admin/catalogs/colour", kAdmin).status, 404);
  const auto bad = put("/api/v1/admin/catalogs/fee_type/" + url_encode("mã có dấu"), {{"name", ""}},
                       kAdmin);
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_TRUE(bad.json()["error"]["fields"].contains("code"));
  EXPECT_TRUE(bad.json()["error"]["fields"].contains("name"));
}

}  // namespace
}  // namespace motcua::test
