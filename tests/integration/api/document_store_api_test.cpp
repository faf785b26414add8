// API.md "…the document store…": what a citizen filed is in their store, a new dossier takes a
// stored document in place of an upload, officials read the store only for a dossier of theirs,
// and the citizen sees every use.
#include <algorithm>
#include <chrono>

#include "api_test.hpp"
#include "core/time.hpp"

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

// Giấy xác nhận tình trạng hôn nhân lasts six months (the demo catalog says so): the store dates
// its end, the birth certificate (no period) has none.
TEST_F(DocumentStoreApi, AResultIsValidForItsProceduresPeriod) {
  const auto citizen = new_citizen("hieuluc");
  const auto procedure = get("/api/v1/procedures/1.004873").json();
  ASSERT_EQ(procedure.at("result_validity_months"), 6) << procedure.dump().substr(0, 300);
  const auto draft = post(
      "/api/v1/dossiers",
      {{"procedure_code", "1.004873"}, {"form", filled_form(procedure.at("form").at("fields"))}},
      citizen);
  ASSERT_EQ(draft.status, 201) << draft.body;
  const auto id = std::to_string(draft.json().at("id").get<long long>());
  for (const auto& component : procedure.at("components")) {
    if (!component.at("required").get<bool>()) continue;
    ASSERT_EQ(post_multipart("/api/v1/dossiers/" + id + "/files",
                             {{"component_id", component.at("id").get<std::string>()},
                              {"file", pdf_bytes(), "to-khai.pdf", "application/pdf"}},
                             citizen)
                  .status,
              201);
  }
  const auto submitted = post("/api/v1/dossiers/" + id + "/submit", json::object(), citizen);
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  const auto code = submitted.json().at("code").get<std::string>();
  act(kReception, code, "receive");
  act(kReception, code, "forward", {{"to", kSpecialist}, {"comment", "Chuyển"}});
  // Its workflow: the specialist's check, then the leader's approval, which resolves it.
  act(kSpecialist, code, "complete-step", {{"comment", "Đủ điều kiện"}});
  act(kLeader, code, "complete-step", {{"comment", "Đồng ý"}});
  const auto result =
      post_multipart("/api/v1/work/dossiers/" + code + "/results",
                     {{"file", get("/api/v1/dossiers/" + code + "/forms/01.pdf", citizen).body,
                       "xac-nhan-hon-nhan.pdf", "application/pdf"}},
                     kLeader);
  ASSERT_EQ(result.status, 201) << result.body;
  const auto stored = documents(citizen);
  const auto found = std::find_if(stored.begin(), stored.end(),
                                  [](const json& d) { return d.at("source") == "result"; });
  ASSERT_NE(found, stored.end()) << stored;
  const auto until = core::parse_iso(found->at("valid_until").get<std::string>());
  ASSERT_TRUE(until.has_value()) << found->dump();
  const auto months =
      std::chrono::duration_cast<std::chrono::days>(*until - std::chrono::system_clock::now());
  EXPECT_GE(months.count(), 180);
  EXPECT_LE(months.count(), 185);
  for (const auto& d : stored)
    if (d.at("source") == "upload") {
      EXPECT_TRUE(d.at("valid_until").is_null()) << d;
    }
}

}  // namespace
}  // namespace motcua::test
