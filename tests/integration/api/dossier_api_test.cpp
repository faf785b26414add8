// API.md "Dossiers (citizen side)": drafts, files, submission, codes and who may read what.
#include <algorithm>
#include <chrono>
#include <regex>
#include <set>
#include <thread>

#include "api_test.hpp"
#include "core/dossier_code.hpp"
#include "core/sha256.hpp"
#include "core/time.hpp"

namespace motcua::test {
namespace {

class DossierApi : public ApiTest {
 protected:
  std::string path(long long id, const std::string& rest = "") {
    return "/api/v1/dossiers/" + std::to_string(id) + rest;
  }
  json form() { return filled_form(birth_procedure().at("form").at("fields")); }

  // The first required field of the form.
  std::string required_field() {
    for (const auto& field : birth_procedure().at("form").at("fields")) {
      if (field.at("required").get<bool>()) return field.at("name").get<std::string>();
    }
    throw std::runtime_error("the birth registration form has no required field");
  }

  json draft(long long id) {
    const auto response = get(path(id), kCitizen);
    EXPECT_EQ(response.status, 200) << response.body;
    return response.json();
  }

  void expect_unchanged_draft(long long id, const json& expected_form) {
    const auto after = draft(id);
    EXPECT_EQ(after.at("status").at("code"), 0);
    EXPECT_TRUE(after.at("code").is_null()) << after.dump();
    EXPECT_EQ(after.at("form"), expected_form);
  }

  json mine() { return get("/api/v1/me/dossiers", kCitizen).json(); }
};

TEST_F(DossierApi, CreatesADraft) {
  const auto response =
      post("/api/v1/dossiers", {{"procedure_code", birth_procedure().at("code")}, {"form", form()}},
           kCitizen);
  ASSERT_EQ(response.status, 201) << response.body;
  const auto body = response.json();
  EXPECT_GT(body.at("id").get<long long>(), 0);
  EXPECT_EQ(body.at("status").at("code"), 0);
  EXPECT_EQ(body.at("status").at("name"), "draft");
}

TEST_F(DossierApi, UnknownProcedureIs400NamingTheField) {
  const auto response = post("/api/v1/dossiers",
                             {{"procedure_code", "9.999999"}, {"form", json::object()}}, kCitizen);
  EXPECT_EQ(response.status, 400);
  EXPECT_TRUE(response.json()["error"]["fields"].contains("procedure_code")) << response.body;
  const auto missing = post("/api/v1/dossiers", {{"form", json::object()}}, kCitizen);
  EXPECT_EQ(missing.status, 400);
  EXPECT_TRUE(missing.json()["error"]["fields"].contains("procedure_code")) << missing.body;
}

TEST_F(DossierApi, UpdatesADraftButNotASubmittedDossier) {
  auto values = form();
  const auto dossier = create_draft(kCitizen, json::object());
  const auto updated = put(path(dossier.id), {{"form", values}}, kCitizen);
  EXPECT_EQ(updated.status, 200) << updated.body;
  EXPECT_EQ(draft(dossier.id).at("form"), values);

  const auto submitted = submitted_dossier();
  const auto refused = put(path(submitted.id), {{"form", values}}, kCitizen);
  EXPECT_EQ(refused.status, 409) << refused.body;
}

TEST_F(DossierApi, MissingRequiredFieldIs400AndTheDraftIsUnchanged) {
  auto values = form();
  const auto field = required_field();
  values.erase(field);
  const auto dossier = create_draft(kCitizen, values);
  upload_required_components(kCitizen, dossier.id);
  const auto response = post(path(dossier.id, "/submit"), json::object(), kCitizen);
  EXPECT_EQ(response.status, 400) << response.body;
  EXPECT_TRUE(response.json()["error"]["fields"].contains(field)) << response.body;
  expect_unchanged_draft(dossier.id, values);
}

TEST_F(DossierApi, MissingRequiredComponentIs400AndTheDraftIsUnchanged) {
  const auto values = form();
  const auto dossier = create_draft(kCitizen, values);
  const auto response = post(path(dossier.id, "/submit"), json::object(), kCitizen);
  EXPECT_EQ(response.status, 400) << response.body;
  const auto fields = response.json()["error"]["fields"];
  bool names_component = false;
  for (const auto& [name, message] : fields.items()) {
    names_component = names_component || name.rfind("component:", 0) == 0;
    EXPECT_TRUE(message.is_string());
  }
  EXPECT_TRUE(names_component) << response.body;
  expect_unchanged_draft(dossier.id, values);
  EXPECT_TRUE(draft(dossier.id).at("files").empty());
}

TEST_F(DossierApi, UploadReturnsTheHashAndSize) {
  const auto dossier = create_draft(kCitizen, form());
  const auto component = birth_procedure().at("components")[0].at("id").get<std::string>();
  const auto bytes = png_bytes();
  const auto response = post_multipart(
      path(dossier.id, "/files"),
      {{"component_id", component}, {"file", bytes, "anh.png", "image/png"}}, kCitizen);
  ASSERT_EQ(response.status, 201) << response.body;
  const auto body = response.json();
  EXPECT_EQ(body.at("sha256"), core::sha256_hex(bytes));
  EXPECT_EQ(body.at("size"), bytes.size());
  const auto file_id = body.at("file_id").get<long long>();
  ASSERT_EQ(draft(dossier.id).at("files").size(), 1U);

  EXPECT_EQ(del(path(dossier.id, "/files/" + std::to_string(file_id)), kCitizen).status, 204);
  EXPECT_TRUE(draft(dossier.id).at("files").empty());
  EXPECT_EQ(del(path(dossier.id, "/files/" + std::to_string(file_id)), kCitizen).status, 404);
}

TEST_F(DossierApi, FileThatIsNotPdfJpegOrPngIs400) {
  const auto dossier = create_draft(kCitizen, form());
  const auto component = birth_procedure().at("components")[0].at("id").get<std::string>();
  const auto response =
      post_multipart(path(dossier.id, "/files"),
                     {{"component_id", component},
                      {"file", "MZ executable, not a document", "to-khai.pdf", "application/pdf"}},
                     kCitizen);
  EXPECT_EQ(response.status, 400) << response.body;
  EXPECT_TRUE(response.json()["error"]["fields"].contains("file")) << response.body;
  EXPECT_TRUE(draft(dossier.id).at("files").empty());

  const auto unknown = post_multipart(
      path(dossier.id, "/files"),
      {{"component_id", "khong-co"}, {"file", pdf_bytes(), "a.pdf", "application/pdf"}}, kCitizen);
  EXPECT_EQ(unknown.status, 400);
  EXPECT_TRUE(unknown.json()["error"]["fields"].contains("component_id")) << unknown.body;
}

TEST_F(DossierApi, SubmittingTwiceNeverMakesTwoDossiers) {
  const auto dossier = create_draft(kCitizen, form());
  upload_required_components(kCitizen, dossier.id);
  const auto first = post(path(dossier.id, "/submit"), json::object(), kCitizen);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json().at("status").at("code"), 1);
  const auto total = mine().at("total");
  const auto second = post(path(dossier.id, "/submit"), json::object(), kCitizen);
  ASSERT_EQ(second.status, 200) << second.body;
  EXPECT_EQ(second.json().at("code"), first.json().at("code"));
  EXPECT_EQ(second.json().at("status").at("code"), 1);
  const auto after = mine();
  EXPECT_EQ(after.at("total"), total);
  const auto code = first.json().at("code");
  EXPECT_EQ(std::count_if(after.at("items").begin(), after.at("items").end(),
                          [&](const json& item) { return item.at("code") == code; }),
            1);
}

TEST_F(DossierApi, CodeIsReceivingUnitDateAndCounter) {
  const auto today = [] {
    const auto now =
        std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    const auto date = core::format_date(core::to_local(now).date);  // yyyy-mm-dd in Vietnam
    return date.substr(2, 2) + date.substr(5, 2) + date.substr(8, 2);
  };
  const auto before = today();
  const auto code = submitted_dossier().code;
  const auto after = today();
  static const std::regex kFormat(R"(^H29\.50-([0-9]{6})-([0-9]{4,})$)");
  std::smatch match;
  ASSERT_TRUE(std::regex_match(code, match, kFormat)) << code;
  EXPECT_TRUE(match[1] == before || match[1] == after) << code;
  EXPECT_TRUE(core::parse_dossier_code(code).has_value()) << code;
}

TEST_F(DossierApi, ConcurrentSubmitsGetDistinctConsecutiveCodes) {
  constexpr int kDossiers = 6;
  std::vector<DossierRef> drafts;
  for (int i = 0; i < kDossiers; ++i) {
    drafts.push_back(create_draft(kCitizen, form()));
    upload_required_components(kCitizen, drafts.back().id);
  }
  const auto auth = bearer(token(kCitizen));
  std::vector<HttpResponse> responses(kDossiers);
  std::vector<std::thread> threads;
  for (int i = 0; i < kDossiers; ++i) {
    threads.emplace_back([&, i] {
      responses[i] = client().send({"POST", path(drafts[i].id, "/submit"), auth, ""});
    });
  }
  for (auto& thread : threads) thread.join();
  std::set<long long> numbers;
  for (const auto& response : responses) {
    ASSERT_EQ(response.status, 200) << response.body;
    const auto parts = core::parse_dossier_code(response.json().at("code").get<std::string>());
    ASSERT_TRUE(parts.has_value()) << response.body;
    numbers.insert(parts->counter);
  }
  ASSERT_EQ(numbers.size(), static_cast<std::size_t>(kDossiers));
  EXPECT_EQ(*numbers.rbegin() - *numbers.begin(), kDossiers - 1);
}

TEST_F(DossierApi, OwnerReadsItsDossierByCodeOrDraftId) {
  const auto dossier = submitted_dossier();
  const auto by_code = get("/api/v1/dossiers/" + dossier.code, kCitizen);
  ASSERT_EQ(by_code.status, 200) << by_code.body;
  EXPECT_EQ(by_code.json().at("id"), dossier.id);
  EXPECT_EQ(by_code.json().at("status").at("code"), 1);
  const auto draft_dossier = create_draft(kCitizen, json::object());
  EXPECT_EQ(get(path(draft_dossier.id), kCitizen).status, 200);
  const auto listed = mine();
  EXPECT_TRUE(std::any_of(listed.at("items").begin(), listed.at("items").end(),
                          [&](const json& item) { return item.at("code") == dossier.code; }));
}

TEST_F(DossierApi, AnotherCitizenSeesNothing) {
  const auto dossier = submitted_dossier();
  const auto stranger = new_citizen("la");
  for (const auto& target : {"/api/v1/dossiers/" + dossier.code, path(dossier.id),
                             "/api/v1/dossiers/" + dossier.code + "/events"}) {
    const auto response = get(target, stranger);
    EXPECT_EQ(response.status, 404) << target << ": " << response.body;
    EXPECT_EQ(response.body.find("Nguyễn"), std::string::npos);
  }
  EXPECT_EQ(
      post("/api/v1/dossiers/" + dossier.code + "/withdraw", {{"reason", "x"}}, stranger).status,
      404);
  const auto draft_dossier = create_draft(kCitizen, json::object());
  EXPECT_EQ(put(path(draft_dossier.id), {{"form", json::object()}}, stranger).status, 404);
  EXPECT_EQ(get(path(draft_dossier.id), kBusiness).status, 404);
}

}  // namespace
}  // namespace motcua::test
