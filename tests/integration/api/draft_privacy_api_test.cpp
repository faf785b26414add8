// Until it is filed, a draft is its owner's alone: every other account, the officials of the
// units it would go to and the administrator included, gets 404 for it, its files and thumbnails.
// Once filed, the officials who serve it see it as before.
#include "api_test.hpp"

namespace motcua::test {
namespace {

// A real 1×1 PNG, so the owner's thumbnail is drawn and a refusal is not a decoding failure.
const std::string kTinyPng(
    "\x89\x50\x4E\x47\x0D\x0A\x1A\x0A\x00\x00\x00\x0D\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00"
    "\x01\x08\x06\x00\x00\x00\x1F\x15\xC4\x89\x00\x00\x00\x0D\x49\x44\x41\x54\x78\xDA\x63\x64\xF8"
    "\xCF\x50\x0F\x00\x03\x86\x01\x80\x5A\x34\x7D\x6B\x00\x00\x00\x00\x49\x45\x4E\x44\xAE\x42\x60"
    "\x82",
    70);

class DraftPrivacyApi : public ApiTest {
 protected:
  void SetUp() override {
    owner_ = new_citizen("nhap");
    draft_ = create_draft(owner_, filled_form(birth_procedure().at("form").at("fields")));
    const auto component = birth_procedure().at("components")[0].at("id").get<std::string>();
    const auto upload = post_multipart(
        "/api/v1/dossiers/" + std::to_string(draft_.id) + "/files",
        {{"component_id", component}, {"file", kTinyPng, "anh.png", "image/png"}}, owner_);
    ASSERT_EQ(upload.status, 201) << upload.body;
    file_id_ = upload.json().at("file_id").get<long long>();
  }

  std::vector<std::string> draft_paths() const {
    const auto id = std::to_string(draft_.id);
    const auto file = std::to_string(file_id_);
    return {"/api/v1/dossiers/" + id, "/api/v1/dossiers/" + id + "/events", "/tep/" + file,
            "/tep/" + file + "/anh-nho"};
  }

  std::string owner_;
  DossierRef draft_;
  long long file_id_ = 0;
};

TEST_F(DraftPrivacyApi, TheOwnerSeesTheDraftItsFileAndThumbnail) {
  for (const auto& path : draft_paths()) EXPECT_EQ(get(path, owner_).status, 200) << path;
}

TEST_F(DraftPrivacyApi, EveryoneElseGets404ForTheDraftItsFileAndThumbnail) {
  for (const char* user : {kReception, kSpecialist, kLeader, kAdmin, kCitizen}) {
    auto paths = draft_paths();
    // The back office itself is for officials only (403 to others before any dossier is read).
    if (std::string(user) != kCitizen)
      paths.push_back("/mot-cua/ho-so/" + std::to_string(draft_.id));
    for (const auto& path : paths) {
      const auto response = get(path, user);
      EXPECT_EQ(response.status, 404)
          << user << " " << path << ": " << response.body.substr(0, 300);
    }
  }
}

TEST_F(DraftPrivacyApi, NoWorkQueueListsADraft) {
  for (const char* user : {kReception, kSpecialist, kLeader}) {
    const auto queue = get("/api/v1/work/queue", user);
    ASSERT_EQ(queue.status, 200) << user << ": " << queue.body;
    const auto listed = queue.json();  // kept alive for the loop
    for (const auto& item : listed.at("items"))
      EXPECT_NE(item.at("id").get<long long>(), draft_.id) << user;
  }
}

TEST_F(DraftPrivacyApi, OnceFiledTheOfficialsServingItSeeItAndItsFiles) {
  upload_required_components(owner_, draft_.id);
  const auto submitted =
      post("/api/v1/dossiers/" + std::to_string(draft_.id) + "/submit", json::object(), owner_);
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  const auto code = submitted.json().at("code").get<std::string>();
  for (const char* user : {kReception, kSpecialist}) {
    EXPECT_EQ(get("/api/v1/dossiers/" + code, user).status, 200) << user;
    EXPECT_EQ(get("/tep/" + std::to_string(file_id_), user).status, 200) << user;
    EXPECT_EQ(get("/tep/" + std::to_string(file_id_) + "/anh-nho", user).status, 200) << user;
  }
  EXPECT_EQ(get("/api/v1/dossiers/" + code, kCitizen).status, 404);
}

}  // namespace
}  // namespace motcua::test
