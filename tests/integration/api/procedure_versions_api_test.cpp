// API.md "…administration": an administrator publishes a new version of a procedure with a changed
// fee and a new form field; the next dossier is filed under it while one filed before keeps its
// own. On a server of its own: the shared one's tests file the demo procedure as it stands.
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <memory>

#include "api_environment.hpp"
#include "api_test.hpp"
#include "core/time.hpp"
#include "server_process.hpp"

namespace motcua::test {
namespace {

std::string day(int offset) {
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  return core::format_date(core::to_local(now + std::chrono::days(offset)).date);
}

std::string today() { return day(0); }

class ProcedureVersionsApi : public ApiTest {
 protected:
  static void SetUpTestSuite() {
    std::string pattern = "/tmp/motcua-versions-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp");
    dir_ = pattern;
    std::vector<std::string> argv{MOTCUA_BINARY,  "serve",  "--port",       "0",      "--demo",
                                  "--login-rate", "100000", "--write-rate", "1000000"};
    for (auto& arg : environment().separate_store(dir_ + "/data")) argv.push_back(arg);
    server_ =
        std::make_unique<ServerProcess>(argv, dir_ + "/server.log", std::chrono::seconds(180));
  }
  static void TearDownTestSuite() {
    server_.reset();
    std::filesystem::remove_all(dir_);
  }
  void SetUp() override { server_port_ = server_->port(); }

  std::string versions_path() {
    return "/api/v1/admin/procedures/" + birth_procedure().at("code").get<std::string>() +
           "/versions";
  }

  static std::string dir_;
  static std::unique_ptr<ServerProcess> server_;
};

std::string ProcedureVersionsApi::dir_;
std::unique_ptr<ServerProcess> ProcedureVersionsApi::server_;

TEST_F(ProcedureVersionsApi, ANewVersionServesTheNextDossierWhileEarlierOnesKeepTheirs) {
  const auto before = submitted_dossier();
  const auto code = birth_procedure().at("code").get<std::string>();
  auto changed = get("/api/v1/procedures/" + code).json();
  changed["effective_from"] = today();
  changed["fees"] = json::array({{{"name", "Lệ phí đăng ký khai sinh"}, {"amount_vnd", 8000}}});
  changed["form"]["fields"].push_back({{"name", "so_dien_thoai_lien_he"},
                                       {"label", "Số điện thoại liên hệ"},
                                       {"type", "phone"},
                                       {"required", true}});
  const auto published = post(versions_path(), changed, kAdmin);
  ASSERT_EQ(published.status, 201) << published.body;
  EXPECT_EQ(published.json().at("in_force"), true);

  const auto now_public = get("/api/v1/procedures/" + code).json();
  EXPECT_EQ(now_public.at("fees")[0].at("amount_vnd"), 8000);
  EXPECT_EQ(now_public.at("form").at("fields").back().at("name"), "so_dien_thoai_lien_he");

  // The next dossier: the new field is asked for, and once given the dossier files.
  auto form = filled_form(birth_procedure().at("form").at("fields"));
  const auto draft = create_draft(kCitizen, form);
  upload_required_components(kCitizen, draft.id);
  const auto submit = "/api/v1/dossiers/" + std::to_string(draft.id) + "/submit";
  const auto refused = post(submit, json::object(), kCitizen);
  ASSERT_EQ(refused.status, 400) << refused.body;
  EXPECT_TRUE(refused.json().at("error").at("fields").contains("so_dien_thoai_lien_he"));
  form["so_dien_thoai_lien_he"] = "0912345678";
  ASSERT_EQ(put("/api/v1/dossiers/" + std::to_string(draft.id), {{"form", form}}, kCitizen).status,
            200);
  const auto filed = post(submit, json::object(), kCitizen);
  ASSERT_EQ(filed.status, 200) << filed.body;

  const auto versions = get(versions_path(), kAdmin).json().at("items");
  ASSERT_GE(versions.size(), 2U);
  EXPECT_EQ(versions[0].at("in_force"), true);
  EXPECT_EQ(versions[1].at("in_force"), false);
  // The dossier filed before still reads its own version: no new field in its form.
  const auto old = get("/api/v1/dossiers/" + before.code, kReception).json();
  EXPECT_FALSE(old.at("form").contains("so_dien_thoai_lien_he"));
}

TEST_F(ProcedureVersionsApi, AVersionForALaterDateWaitsForIt) {
  const auto code = birth_procedure().at("code").get<std::string>();
  const auto next_month = day(30);
  const auto published = post(
      versions_path(), json{{"effective_from", next_month}, {"duration_working_days", 2}}, kAdmin);
  ASSERT_EQ(published.status, 201) << published.body;
  EXPECT_EQ(published.json().at("in_force"), false);
  EXPECT_NE(get("/api/v1/procedures/" + code).json().at("duration_working_days"), 2)
      << "the catalog shows the version in force";
}

TEST_F(ProcedureVersionsApi, RefusalsNameTheFieldAndOnlyAdministratorsPublish) {
  const json ok_body = {{"effective_from", today()}, {"name", "Đăng ký khai sinh"}};
  EXPECT_EQ(post(versions_path(), ok_body, kLeader).status, 403);
  EXPECT_EQ(post(versions_path(), ok_body).status, 401);
  EXPECT_EQ(post("/api/v1/admin/procedures/KHONG-CO/versions", ok_body, kAdmin).status, 404);
  const auto fields_of = [&](const json& body) {
    const auto response = post(versions_path(), body, kAdmin);
    EXPECT_EQ(response.status, 400) << response.body;
    return response.json().at("error").at("fields");
  };
  EXPECT_TRUE(fields_of({{"name", "X"}}).contains("effective_from"));
  EXPECT_TRUE(fields_of({{"effective_from", "2020-01-01"}}).contains("effective_from"));
  EXPECT_TRUE(fields_of({{"effective_from", today()}, {"duration_working_days", 0}})
                  .contains("duration_working_days"));
  EXPECT_TRUE(fields_of({{"effective_from", today()},
                         {"fees", json::array({{{"name", "Phí"}, {"amount_vnd", -1}}})}})
                  .contains("fees"));
  EXPECT_TRUE(fields_of({{"effective_from", today()},
                         {"form", {{"fields", json::array({{{"name", "a b"}, {"label", "X"}}})}}}})
                  .contains("form"));
  EXPECT_TRUE(fields_of({{"effective_from", today()}, {"agency_code", "KHONG.CO"}})
                  .contains("agency_code"));
  EXPECT_TRUE(fields_of({{"effective_from", today()}, {"mau_sac", "do"}}).contains("mau_sac"));
}

}  // namespace
}  // namespace motcua::test
