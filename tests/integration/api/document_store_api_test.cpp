// API.md "…the document store…": what a citizen filed is in their store, a new dossier takes a
// stored document in place of an upload, officials read the store only for a dossier of theirs,
// and the citizen sees every use.
#include "api_test.hpp"

namespace motcua::test {
namespace {

class DocumentStoreApi : public ApiTest {
 protected:
  json documents(const std::string& user) {
    const auto response = get("/api/v1/me/documents", user);
    EXPECT_EQ(response.status, 200) << response.body;
    return response.json().at("items");
  }
  json uses(const std::string& user) {
    return get("/api/v1/me/documents/uses", user).json().at("items");
  }
};

TEST_F(DocumentStoreApi, WhatWasFiledIsStoredOnceAndReusedInANewDossier) {
  const auto citizen = new_citizen("kho");
  EXPECT_TRUE(documents(citizen).empty());
  const auto filed = submitted_dossier(citizen);
  const auto stored = documents(citizen);
  ASSERT_EQ(stored.size(), 1U) << "the same paper for every component is stored once" << stored;
  const auto& document = stored[0];
  EXPECT_EQ(document.at("source_dossier"), filed.code);
  EXPECT_EQ(document.at("sha256").get<std::string>().size(), 64U);
  EXPECT_TRUE(document.at("valid_until").is_null());
  EXPECT_EQ(document.at("source"), "upload");

  const auto draft = create_draft(citizen, filled_form(birth_procedure().at("form").at("fields")));
  const auto files = "/api/v1/dossiers/" + std::to_string(draft.id) + "/files";
  for (const auto& component : birth_procedure().at("components")) {
    if (!component.at("required").get<bool>()) continue;
    const auto reused = post(
        files, {{"component_id", component.at("id")}, {"document_id", document.at("id")}}, citizen);
    ASSERT_EQ(reused.status, 201) << reused.body;
    EXPECT_EQ(reused.json().at("sha256"), document.at("sha256"));
  }
  const auto submitted =
      post("/api/v1/dossiers/" + std::to_string(draft.id) + "/submit", json::object(), citizen);
  ASSERT_EQ(submitted.status, 200) << "the reused papers satisfy the procedure: " << submitted.body;
  EXPECT_EQ(documents(citizen).size(), 1U) << "still one content";
  const auto log = uses(citizen);
  ASSERT_FALSE(log.empty());
  EXPECT_EQ(log[0].at("kind"), "reuse");
  EXPECT_EQ(log[0].at("dossier"), submitted.json().at("code")) << "named by its code once filed";
  EXPECT_EQ(log[0].at("document_id"), document.at("id"));
  EXPECT_EQ(documents(citizen)[0].at("uses").get<long long>(), static_cast<long long>(log.size()));
}

TEST_F(DocumentStoreApi, ReuseIsRefusedForAnotherOnesDocumentOrAnUnknownComponent) {
  const auto owner = new_citizen("khochu");
  submitted_dossier(owner);
  const auto document_id = documents(owner)[0].at("id");
  const auto other = new_citizen("khokhac");
  const auto draft = create_draft(other, filled_form(birth_procedure().at("form").at("fields")));
  const auto files = "/api/v1/dossiers/" + std::to_string(draft.id) + "/files";
  const auto component = birth_procedure().at("components")[0].at("id");
  EXPECT_EQ(post(files, {{"component_id", component}, {"document_id", document_id}}, other).status,
            404);
  const auto own = create_draft(owner, filled_form(birth_procedure().at("form").at("fields")));
  const auto own_files = "/api/v1/dossiers/" + std::to_string(own.id) + "/files";
  EXPECT_EQ(
      post(own_files, {{"component_id", "khong-co"}, {"document_id", document_id}}, owner).status,
      400);
  EXPECT_EQ(post(own_files, {{"component_id", component}}, owner).status, 400);
  EXPECT_EQ(get("/api/v1/me/documents", kReception).status, 403) << "officials have no store";
}

TEST_F(DocumentStoreApi, OfficialsReadTheStoreOnlyForADossierOfTheirsAndTheReadingIsLogged) {
  const auto citizen = new_citizen("khodoc");
  const auto filed = submitted_dossier(citizen);
  const auto path = "/api/v1/work/dossiers/" + filed.code + "/applicant-documents";
  const auto listed = get(path, kReception);
  ASSERT_EQ(listed.status, 200) << listed.body;
  const auto id = listed.json().at("items")[0].at("id").get<long long>();
  const auto read = get(path + "/" + std::to_string(id), kReception);
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.body, pdf_bytes());
  EXPECT_EQ(read.header("content-disposition").value_or("").rfind("attachment", 0), 0U);
  const auto log = uses(citizen);
  ASSERT_EQ(log.size(), 1U);
  EXPECT_EQ(log[0].at("kind"), "read");
  EXPECT_EQ(log[0].at("dossier"), filed.code);
  EXPECT_FALSE(log[0].at("by").get<std::string>().empty());

  EXPECT_EQ(get(path, citizen).status, 403) << "the citizen has their own page";
  EXPECT_EQ(get(path, "congan").status, 404) << "not a dossier of the police unit";
  EXPECT_EQ(get(path + "/999999999", kReception).status, 404);
}

}  // namespace
}  // namespace motcua::test
