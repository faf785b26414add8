// GET/PUT /api/v1/me/profile, PUT /api/v1/me/password, the status filter and
// action-needed order of GET /api/v1/me/dossiers, and DELETE /api/v1/dossiers/{id} of a draft.
#include <algorithm>

#include "api_environment.hpp"
#include "api_test.hpp"

namespace motcua::test {
namespace {

class AccountApi : public ApiTest {
 protected:
  // The first province of the catalog and its first commune.
  std::pair<std::string, std::string> catalog_address() {
    const auto provinces = get("/api/v1/admin-units").json().at("items");
    const auto province = provinces.at(0).at("code").get<std::string>();
    const auto communes = get("/api/v1/admin-units?parent=" + province).json().at("items");
    return {province, communes.at(0).at("code").get<std::string>()};
  }
  static std::vector<std::string> codes(const json& page) {
    std::vector<std::string> out;
    for (const auto& item : page.at("items"))
      out.push_back(item.at("code").is_null() ? "" : item.at("code").get<std::string>());
    return out;
  }
  // A dossier of `user` taken to status 5 (supplement requested at intake).
  std::string supplement_requested(const std::string& user) {
    const auto dossier = submitted_dossier(user);
    act(kReception, dossier.code, "request-supplement", {{"reason", "Ảnh giấy chứng sinh bị mờ"}});
    return dossier.code;
  }
  // A dossier of `user` taken to status 9 (resolved, the result waits to be collected).
  std::string resolved(const std::string& user) {
    const auto dossier = submitted_dossier(user);
    act(kReception, dossier.code, "receive");
    act(kReception, dossier.code, "forward", {{"to", kSpecialist}});
    act(kLeader, dossier.code, "approve", {{"comment", "Đồng ý"}});
    return dossier.code;
  }
};

TEST_F(AccountApi, ProfileReadsAndSavesContacts) {
  const auto user = new_citizen("hoso");
  const auto before = get("/api/v1/me/profile", user);
  ASSERT_EQ(before.status, 200) << before.body;
  EXPECT_EQ(before.json().at("username"), user);
  EXPECT_EQ(before.json().at("kind"), "citizen");
  EXPECT_EQ(before.json().at("notify_channel"), "portal");

  const auto [province, commune] = catalog_address();
  const auto saved = put(
      "/api/v1/me/profile",
      {{"phone", "0987654321"},
       {"email", "khach@example.vn"},
       {"citizen_id", "001099012345"},
       {"address", {{"province", province}, {"commune", commune}, {"street", "Số 5 đường Lê Lợi"}}},
       {"notify_channel", "email"}},
      user);
  ASSERT_EQ(saved.status, 200) << saved.body;
  const auto after = get("/api/v1/me/profile", user).json();
  EXPECT_EQ(after.at("phone"), "0987654321");
  EXPECT_EQ(after.at("email"), "khach@example.vn");
  EXPECT_EQ(after.at("citizen_id"), "001099012345");
  EXPECT_EQ(after.at("address").at("province"), province);
  EXPECT_EQ(after.at("address").at("commune"), commune);
  EXPECT_EQ(after.at("address").at("street"), "Số 5 đường Lê Lợi");
  EXPECT_EQ(after.at("notify_channel"), "email");
  EXPECT_EQ(after.at("full_name"), "Hoàng Văn Khách");

  // Members left out keep their values.
  ASSERT_EQ(put("/api/v1/me/profile", {{"phone", "0911000111"}}, user).status, 200);
  const auto partial = get("/api/v1/me/profile", user).json();
  EXPECT_EQ(partial.at("phone"), "0911000111");
  EXPECT_EQ(partial.at("email"), "khach@example.vn");
  EXPECT_EQ(partial.at("address").at("commune"), commune);
}

TEST_F(AccountApi, BadProfileIsRefusedFieldByFieldAndNothingChanges) {
  const auto user = new_citizen("hoso");
  ASSERT_EQ(put("/api/v1/me/profile", {{"citizen_id", "001099012345"}}, user).status, 200);
  const auto response = put("/api/v1/me/profile",
                            {{"phone", "12"},
                             {"email", "khong-phai-thu"},
                             {"citizen_id", "001099099999"},
                             {"address", {{"province", "khong-co"}}},
                             {"notify_channel", "bo-cau"}},
                            user);
  ASSERT_EQ(response.status, 400) << response.body;
  EXPECT_EQ(error_code(response), "invalid_input");
  const auto fields = response.json().at("error").at("fields");
  for (const auto* name : {"phone", "email", "citizen_id", "province_code", "notify_channel"})
    EXPECT_TRUE(fields.contains(name)) << name << " in " << fields.dump();
  const auto after = get("/api/v1/me/profile", user).json();
  EXPECT_EQ(after.at("phone"), "");
  EXPECT_EQ(after.at("citizen_id"), "001099012345");

  EXPECT_EQ(put("/api/v1/me/profile", {{"address", "một dòng"}}, user).status, 400);
  EXPECT_EQ(put("/api/v1/me/profile", {{"phone", 912345678}}, user).status, 400);
  EXPECT_EQ(get("/api/v1/me/profile").status, 401);
  EXPECT_EQ(put("/api/v1/me/profile", {{"phone", "0912345678"}}).status, 401);
  EXPECT_EQ(put("/api/v1/me/profile", {{"phone", "0912345678"}}, kSpecialist).status, 403);
}

TEST_F(AccountApi, PasswordChangeEndsOldTokens) {
  const auto user = new_citizen("matkhau");
  const auto old_token = token(user);
  const auto wrong =
      put("/api/v1/me/password",
          {{"current_password", "Sai@2026x"}, {"new_password", "MoiMoi@2027"}}, user);
  ASSERT_EQ(wrong.status, 400) << wrong.body;
  EXPECT_TRUE(wrong.json().at("error").at("fields").contains("current_password"));
  const auto weak = put("/api/v1/me/password",
                        {{"current_password", kDemoPassword}, {"new_password", "ngan"}}, user);
  EXPECT_TRUE(weak.json().at("error").at("fields").contains("new_password"));

  const auto changed =
      put("/api/v1/me/password",
          {{"current_password", kDemoPassword}, {"new_password", "MoiMoi@2027"}}, user);
  ASSERT_EQ(changed.status, 200) << changed.body;
  const auto fresh = changed.json().at("token").get<std::string>();
  EXPECT_NE(fresh, old_token);
  EXPECT_EQ(client().send({"GET", "/api/v1/me/profile", bearer(old_token), ""}).status, 401);
  EXPECT_EQ(client().send({"GET", "/api/v1/me/profile", bearer(fresh), ""}).status, 200);
  const auto login = post("/api/v1/auth/login", {{"username", user}, {"password", kDemoPassword}});
  EXPECT_EQ(login.status, 401);
}

TEST_F(AccountApi, TheLastPasswordsCannotReturnAndAccentsAreNotSpecial) {
  const auto user = new_citizen("lichsu");
  const auto accented =
      put("/api/v1/me/password",
          {{"current_password", kDemoPassword}, {"new_password", "Mậtkhẩu2027"}}, user);
  ASSERT_EQ(accented.status, 400) << accented.body;
  EXPECT_TRUE(accented.json().at("error").at("fields").contains("new_password"));
  const auto changed =
      put("/api/v1/me/password",
          {{"current_password", kDemoPassword}, {"new_password", "MoiMoi@2027"}}, user);
  ASSERT_EQ(changed.status, 200) << changed.body;
  const auto back = client().send(
      {"PUT", "/api/v1/me/password", bearer(changed.json().at("token").get<std::string>()),
       json{{"current_password", "MoiMoi@2027"}, {"new_password", kDemoPassword}}.dump()});
  ASSERT_EQ(back.status, 400) << back.body;
  EXPECT_TRUE(back.json().at("error").at("fields").contains("new_password"));
}

// Requirements §8: an account an administrator creates gets a random password, changed first.
TEST_F(AccountApi, AnAdministratorsNewAccountMustChangeItsPasswordBeforeAnythingElse) {
  const auto initial = new_official("canbo_moi", "specialist");
  ASSERT_FALSE(initial.empty());

  const auto login = post("/api/v1/auth/login", {{"username", "canbo_moi"}, {"password", initial}});
  ASSERT_EQ(login.status, 200) << login.body;
  EXPECT_TRUE(login.json().at("password_change_required").get<bool>());
  const auto restricted = login.json().at("token").get<std::string>();
  for (const auto* path : {"/api/v1/me/profile", "/api/v1/work/queue", "/api/v1/me/dossiers"}) {
    const auto refused = client().send({"GET", path, bearer(restricted), ""});
    EXPECT_EQ(refused.status, 403) << path;
    EXPECT_EQ(error_code(refused), "password_change_required") << path;
  }
  // The portal sends the browser to the password page, which says why.
  const Headers cookie{{"cookie", std::string("motcua_session=") + restricted}};
  const auto page = client().send({"GET", "/mot-cua", cookie, ""});
  EXPECT_EQ(page.status, 303);
  EXPECT_EQ(page.header("location").value_or(""), "/tai-khoan/mat-khau");
  const auto form = client().send({"GET", "/tai-khoan/mat-khau", cookie, ""});
  EXPECT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("usa-alert--warning"), std::string::npos);

  const auto changed =
      client().send({"PUT", "/api/v1/me/password", bearer(restricted),
                     json{{"current_password", initial}, {"new_password", "CanBo@2027"}}.dump()});
  ASSERT_EQ(changed.status, 200) << changed.body;
  const auto fresh = changed.json().at("token").get<std::string>();
  EXPECT_EQ(client().send({"GET", "/api/v1/me/profile", bearer(fresh), ""}).status, 200);
  const auto again =
      post("/api/v1/auth/login", {{"username", "canbo_moi"}, {"password", "CanBo@2027"}});
  EXPECT_FALSE(again.json().at("password_change_required").get<bool>());
}

TEST_F(AccountApi, DemoAccountsAreNotForcedToChangeTheirPassword) {
  const auto login =
      post("/api/v1/auth/login", {{"username", kAdmin}, {"password", kDemoPassword}});
  ASSERT_EQ(login.status, 200) << login.body;
  EXPECT_FALSE(login.json().at("password_change_required").get<bool>());
  EXPECT_FALSE(login.json().at("second_factor_required").get<bool>());
}

TEST_F(AccountApi, MyDossiersPutWhatWaitsOnTheApplicantFirstAndFilterByStatus) {
  const auto user = new_citizen("danhsach");
  const auto waiting_supplement = supplement_requested(user);
  const auto plain = submitted_dossier(user).code;
  const auto waiting_result = resolved(user);
  const auto draft = create_draft(user, json::object());

  const auto first = get("/api/v1/me/dossiers?sort=action", user);
  ASSERT_EQ(first.status, 200) << first.body;
  const auto body = first.json();
  EXPECT_EQ(body.at("total"), 4);  // drafts included, as without sort
  EXPECT_EQ(body.at("action_needed"), 2);
  const auto order = codes(body);
  ASSERT_EQ(order.size(), 4u);
  // The two waiting on the applicant lead, the latest change first; then the rest.
  EXPECT_EQ((std::vector<std::string>{order[0], order[1]}),
            (std::vector<std::string>{waiting_result, waiting_supplement}));
  EXPECT_EQ(body.at("items").at(0).at("action"), "collect");
  EXPECT_EQ(body.at("items").at(1).at("action"), "supplement");
  EXPECT_TRUE(body.at("items").at(2).at("action").is_null());
  EXPECT_EQ(body.at("counts").at("5"), 1);
  EXPECT_EQ(body.at("counts").at("9"), 1);
  EXPECT_EQ(body.at("counts").at("0"), 1);

  EXPECT_EQ(codes(get("/api/v1/me/dossiers?status=action&sort=action", user).json()),
            (std::vector<std::string>{waiting_result, waiting_supplement}));
  EXPECT_EQ(codes(get("/api/v1/me/dossiers?status=1", user).json()),
            std::vector<std::string>{plain});
  const auto drafts = get("/api/v1/me/dossiers?status=draft", user).json();
  ASSERT_EQ(drafts.at("total"), 1);
  EXPECT_EQ(drafts.at("items").at(0).at("id"), draft.id);
  EXPECT_EQ(get("/api/v1/me/dossiers?status=5,9", user).json().at("total"), 2);
  const auto paged = get("/api/v1/me/dossiers?sort=action&per_page=3&page=2", user).json();
  EXPECT_EQ(paged.at("total"), 4);
  EXPECT_EQ(paged.at("items").size(), 1u);

  for (const auto* bad : {"?status=11", "?status=dang-xu-ly", "?sort=ten", "?per_page=0"}) {
    const auto response = get(std::string("/api/v1/me/dossiers") + bad, user);
    EXPECT_EQ(response.status, 400) << bad << ": " << response.body;
  }
  // Nobody else's dossiers appear.
  const auto other = get("/api/v1/me/dossiers?status=action", new_citizen("khac")).json();
  EXPECT_EQ(other.at("total"), 0);
}

TEST_F(AccountApi, OnlyTheOwnerDeletesADraftAndNeverASubmittedDossier) {
  const auto user = new_citizen("xoanhap");
  const auto draft = create_draft(user, json::object());
  const auto submitted = submitted_dossier(user);
  const auto path = "/api/v1/dossiers/" + std::to_string(draft.id);

  EXPECT_EQ(del(path).status, 401);
  EXPECT_EQ(del(path, new_citizen("khac")).status, 404);
  const auto not_draft = del("/api/v1/dossiers/" + std::to_string(submitted.id), user);
  EXPECT_EQ(not_draft.status, 409) << not_draft.body;
  EXPECT_EQ(del("/api/v1/dossiers/khong-so", user).status, 404);

  EXPECT_EQ(del(path, user).status, 204);
  EXPECT_EQ(get(path, user).status, 404);
  EXPECT_EQ(del(path, user).status, 404);
  EXPECT_EQ(status_of(submitted.code, user), 1);
}

}  // namespace
}  // namespace motcua::test
