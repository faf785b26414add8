// motcua-sim as motcua meets it: over HTTP, the built binary in a child process.
#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <regex>
#include <set>
#include <thread>

#include "integrations/http_client.hpp"
#include "integrations/jose.hpp"
#include "sim_process.hpp"
#include "web/http/server.hpp"

namespace motcua::test {
namespace {

using integrations::HttpAnswer;
using integrations::HttpCall;
using nlohmann::json;
using Form = std::vector<std::pair<std::string, std::string>>;

constexpr const char* kSecret = "motcua-sim-secret";
constexpr const char* kRedirectUri = "http://127.0.0.1:9/dang-nhap/vneid/callback";
constexpr std::chrono::seconds kCallbackWait{10};

json parse(const HttpAnswer& answer) { return json::parse(answer.body, nullptr, false); }

// Stands in for motcua's callback endpoints: keeps every body it is sent.
class CallbackReceiver {
 public:
  CallbackReceiver()
      : server_(web::ServerOptions{.port = 0, .worker_threads = 2},
                [this](web::Request& request) { return take(request); }) {
    server_.on_listening([this](unsigned short port) {
      const std::lock_guard lock(mutex_);
      port_ = port;
      changed_.notify_all();
    });
    thread_ = std::thread([this] { server_.run(); });
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, kCallbackWait, [this] { return port_ != 0; });
  }
  ~CallbackReceiver() {
    server_.stop();
    thread_.join();
  }
  CallbackReceiver(const CallbackReceiver&) = delete;
  CallbackReceiver& operator=(const CallbackReceiver&) = delete;

  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/callback"; }

  // The bodies received so far, once there are at least `count` (or the wait ran out).
  std::vector<json> wait_for(std::size_t count) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, kCallbackWait, [&] { return bodies_.size() >= count; });
    return bodies_;
  }

 private:
  web::Response take(web::Request& request) {
    const std::lock_guard lock(mutex_);
    bodies_.push_back(json::parse(request.body, nullptr, false));
    changed_.notify_all();
    return web::Response::json(200, R"({"Status":"100"})");
  }

  std::mutex mutex_;
  std::condition_variable changed_;
  unsigned short port_ = 0;
  std::vector<json> bodies_;
  web::HttpServer server_;
  std::thread thread_;
};

// One simulator for the suite: each start makes two RSA keys.
class SimTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    spdlog::set_level(spdlog::level::warn);
    try {
      sim_ = std::make_unique<SimProcess>(std::vector<std::string>{});
    } catch (const std::exception& error) {
      start_error_ = error.what();
    }
  }
  static void TearDownTestSuite() { sim_.reset(); }
  void SetUp() override { ASSERT_TRUE(sim_) << start_error_; }

  static std::string url(const std::string& path) { return sim_->url() + path; }

  HttpAnswer get(const std::string& path, const std::string& bearer = "") {
    HttpCall call{.method = "GET", .url = path.starts_with("http") ? path : url(path)};
    if (!bearer.empty()) call.headers.emplace_back("Authorization", "Bearer " + bearer);
    return client_.send(call);
  }

  HttpAnswer post(const std::string& path, const json& body, const std::string& key = "") {
    HttpCall call{.url = url(path), .body = body.dump()};
    if (!key.empty()) call.headers.emplace_back("Idempotency-Key", key);
    return client_.send(call);
  }

  HttpAnswer post_form(const std::string& path, const Form& fields) {
    return client_.send({.url = url(path),
                         .body = integrations::form_encode(fields),
                         .content_type = "application/x-www-form-urlencoded"});
  }

  json log(const std::string& system) { return parse(get("/_sim/log?system=" + system)); }

  // Every item of the whole feed whose `name` is `value`, page after page.
  std::vector<json> feed_items_where(const char* name, const std::string& value) {
    std::vector<json> out;
    for (json after = 0;;) {
      const auto page = parse(get("/dvcqg/dossiers?limit=200&after=" + after.dump()));
      for (const auto& item : page["items"])
        if (item[name] == value) out.push_back(item);
      if (page["items"].empty() || page["next"] == after) return out;
      after = page["next"];
    }
  }

  static std::unique_ptr<SimProcess> sim_;
  static std::string start_error_;
  integrations::HttpClient client_;
};

std::unique_ptr<SimProcess> SimTest::sim_;
std::string SimTest::start_error_;

json filing(const std::string& id_number) {
  return {{"procedure_code", "1.001193"},
          {"applicant",
           {{"full_name", "Nguyễn Văn An"}, {"id_number", id_number}, {"phone", "0912345678"}}},
          {"form", {{"ten_tre", "Nguyễn Văn Bình"}}},
          {"files", json::array({{{"name", "to-khai.pdf"},
                                  {"component_id", "TP1"},
                                  {"content_base64", "JVBERi0xLjQ="}}})}};
}

std::vector<json> entries_with_key(const json& entries, const std::string& key) {
  std::vector<json> out;
  for (const auto& entry : entries)
    if (entry["key"] == key) out.push_back(entry);
  return out;
}

TEST_F(SimTest, FiledDossierAppearsInTheFeedOnce) {
  const auto filed = post("/_sim/dvcqg/dossiers", filing("001099012345"));
  ASSERT_EQ(filed.status, 201) << filed.body;
  const auto code = parse(filed)["code"].get<std::string>();
  EXPECT_TRUE(std::regex_match(code, std::regex(R"(000\.00\.00\.G22-\d{6}-\d{4,})"))) << code;

  const auto items = feed_items_where("MaHoSo", code);
  ASSERT_EQ(items.size(), 1U);
  const auto& item = items[0];
  EXPECT_EQ(item["SoGiayToChuHoSo"], "001099012345");
  EXPECT_EQ(item["KenhThucHien"], 2);
  EXPECT_EQ(item["TaiLieuNop"][0]["NoiDungBase64"], "JVBERi0xLjQ=");
  EXPECT_EQ(item["NgayNopHoSo"].get<std::string>().size(), 14U);
  const auto next = parse(get("/dvcqg/dossiers?after=" + item["seq"].dump()));
  for (const auto& later : next["items"]) EXPECT_NE(later["MaHoSo"], code);
}

TEST_F(SimTest, FilingIsValidated) {
  auto bad = filing("12345");
  bad["procedure_code"] = "";
  const auto answer = post("/_sim/dvcqg/dossiers", bad);
  EXPECT_EQ(answer.status, 400);
  const auto fields = parse(answer)["error"]["fields"];
  EXPECT_TRUE(fields.contains("procedure_code"));
  EXPECT_TRUE(fields.contains("applicant.id_number"));
  EXPECT_EQ(client_.send({.url = url("/_sim/dvcqg/dossiers"), .body = "{nope"}).status, 400);
}

TEST_F(SimTest, FilingUnderAUnitUsesItsCode) {
  auto body = filing("001099012346");
  body["unit"] = "H29.12.05";
  const auto code = parse(post("/_sim/dvcqg/dossiers", body))["code"].get<std::string>();
  EXPECT_TRUE(code.starts_with("H29.12.05-")) << code;
}

TEST_F(SimTest, IdempotentStatusIsLoggedOnceWithCodeAndStatus) {
  const auto code = parse(post("/_sim/dvcqg/dossiers", filing("001099012347")))["code"];
  const json status = {{"MaHoSo", code}, {"TrangThaiHoSo", 2}, {"NoiDungXuLy", "Tiếp nhận"}};
  const auto key = "dvcqg:status:" + code.get<std::string>() + ":1";
  const auto first = post("/dvcqg/dossiers/status", status, key);
  const auto again = post("/dvcqg/dossiers/status", status, key);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(parse(first)["error_code"], 0);
  EXPECT_EQ(again.status, first.status);
  EXPECT_EQ(again.body, first.body);

  const auto logged = entries_with_key(log("dvcqg"), key);
  ASSERT_EQ(logged.size(), 1U);
  EXPECT_EQ(logged[0]["kind"], "status");
  EXPECT_EQ(logged[0]["body"]["code"], code);
  EXPECT_EQ(logged[0]["body"]["status"], 2);
  EXPECT_TRUE(std::regex_match(logged[0]["at"].get<std::string>(),
                               std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+07:00)")));

  post("/dvcqg/dossiers/status", {{"MaHoSo", code}, {"TrangThaiHoSo", "4"}}, key + "-next");
  const auto portal = parse(get("/_sim/dvcqg/dossiers/" + code.get<std::string>()));
  EXPECT_EQ(portal["statuses"], json::array({2, 4}));
  EXPECT_TRUE(portal["result"].is_null());
}

TEST_F(SimTest, StatusOutsideTheCatalogIsRefused) {
  EXPECT_EQ(post("/dvcqg/dossiers/status", {{"MaHoSo", "X"}, {"TrangThaiHoSo", 11}}).status, 400);
  EXPECT_EQ(post("/dvcqg/dossiers/status", {{"TrangThaiHoSo", 2}}).status, 400);
}

TEST_F(SimTest, ProceduresCarryTheNationalShape) {
  const auto procedures = parse(get("/dvcqg/procedures"));
  ASSERT_TRUE(procedures.is_array());
  ASSERT_GE(procedures.size(), 5U);
  bool birth = false;
  for (const auto& procedure : procedures) {
    birth = birth || procedure["MATTHC"] == "1.001193";
    EXPECT_TRUE(procedure["CACHTHUCTHUCHIEN"][0]["THOIGIAN"][0].contains("THOIGIANGIAIQUYET"));
  }
  EXPECT_TRUE(birth);
}

constexpr auto kAbsent = std::string::npos;

// The national portal as a citizen's browser uses it.
class PortalPagesTest : public SimTest {
 protected:
  static Form citizen_form(const std::string& full_name, const std::string& id_number) {
    return {{"procedure_code", "1.001193"},
            {"full_name", full_name},
            {"id_number", id_number},
            {"phone", "0912345678"},
            {"email", "congdan@example.vn"},
            {"address", "Số 1 đường Trần Hưng Đạo"},
            {"summary", "Đăng ký khai sinh cho con"}};
  }

  // Files through the form; the code of the dossier its redirect leads to, "" without one.
  std::string file_on_portal(const Form& form) {
    const auto answer = post_form("/dvcqg/nop-ho-so", form);
    EXPECT_EQ(answer.status, 303) << answer.body;
    std::smatch match;
    const std::regex link(R"re(href="/dvcqg/ho-so/([^"]+)")re");
    return std::regex_search(answer.body, match, link) ? match[1].str() : "";
  }

  HttpAnswer status(const std::string& code, int seq, json message) {
    message["MaHoSo"] = code;
    return post("/dvcqg/dossiers/status", message,
                "dvcqg:status:" + code + ":" + std::to_string(seq));
  }
};

TEST_F(PortalPagesTest, HomeLinksToThePortalAndTheLog) {
  const auto home = get("/");
  EXPECT_EQ(home.status, 200);
  EXPECT_NE(home.body.find("<html lang=\"vi\">"), kAbsent);
  EXPECT_NE(home.body.find("href=\"/dvcqg/\""), kAbsent);
  EXPECT_NE(home.body.find("href=\"/_sim/log\""), kAbsent);
}

TEST_F(PortalPagesTest, FilingThroughTheFormReachesTheFeedOnce) {
  const auto form = get("/dvcqg/");
  EXPECT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("<option value=\"1.001193\" selected>"), kAbsent);
  EXPECT_NE(form.body.find("value=\"001090000123\""), kAbsent);
  EXPECT_NE(form.body.find("id=\"dvcqg-submit\""), kAbsent);

  const auto code = file_on_portal(citizen_form("Nguyễn Văn An", "001090000123"));
  ASSERT_FALSE(code.empty());
  const auto items = feed_items_where("MaHoSo", code);
  ASSERT_EQ(items.size(), 1U);
  EXPECT_EQ(items[0]["MaTTHC"], "1.001193");
  EXPECT_EQ(items[0]["SoGiayToChuHoSo"], "001090000123");
  EXPECT_EQ(items[0]["DiaChi"], "Số 1 đường Trần Hưng Đạo");
  EXPECT_EQ(items[0]["form"], json({{"noi_dung", "Đăng ký khai sinh cho con"}}));

  const auto page = get("/dvcqg/ho-so/" + code);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("1.001193 — Đăng ký khai sinh"), kAbsent);
  EXPECT_NE(page.body.find("id=\"dvcqg-status\">Mới đăng ký<"), kAbsent);
}

TEST_F(PortalPagesTest, BadIdNumberShowsTheFormAgainWithItsValues) {
  const auto answer = post_form("/dvcqg/nop-ho-so", citizen_form("Trần Thị <Bích>", "12345"));
  EXPECT_EQ(answer.status, 400);
  EXPECT_NE(answer.body.find("value=\"Trần Thị &lt;Bích&gt;\""), kAbsent);
  EXPECT_NE(answer.body.find("value=\"12345\""), kAbsent);
  EXPECT_NE(answer.body.find("Đăng ký khai sinh cho con</textarea>"), kAbsent);
  EXPECT_NE(answer.body.find("aria-describedby=\"id_number-error\""), kAbsent);
  EXPECT_NE(answer.body.find("Số định danh cá nhân gồm 12 chữ số"), kAbsent);
  EXPECT_TRUE(feed_items_where("SoGiayToChuHoSo", "12345").empty());
}

TEST_F(PortalPagesTest, DossierPageShowsTheSyncedStatusesInOrder) {
  const auto code = file_on_portal(citizen_form("Nguyễn Văn An", "001090000123"));
  ASSERT_FALSE(code.empty());
  EXPECT_EQ(status(code, 1,
                   {{"TrangThaiHoSo", 2},
                    {"ThoiDiemXuLy", "20261205100000"},
                    {"NoiDungXuLy", "Tiếp nhận tại bộ phận một cửa"}})
                .status,
            200);
  EXPECT_EQ(status(code, 2,
                   {{"TrangThaiHoSo", 10},
                    {"ThoiDiemXuLy", "20261206153000"},
                    {"NoiDungXuLy", ""},
                    {"DanhSachGiayToKetQua", json::array({{{"TenGiayTo", "Giấy khai sinh"}}})}})
                .status,
            200);

  const auto page = get("/dvcqg/ho-so/" + code);
  ASSERT_EQ(page.status, 200);
  const auto& body = page.body;
  const auto filed = body.find("Mới đăng ký</strong> — nộp trên Cổng DVC quốc gia");
  const auto received = body.find(
      "Được tiếp nhận</strong> — Tiếp nhận tại bộ phận một cửa<br><span>05/12/2026 10:00:00<");
  const auto returned = body.find("Đã trả kết quả</strong><br><span>06/12/2026 15:30:00<");
  ASSERT_NE(filed, kAbsent);
  ASSERT_NE(received, kAbsent);
  ASSERT_NE(returned, kAbsent);
  EXPECT_LT(filed, received);
  EXPECT_LT(received, returned);
  EXPECT_NE(body.find("id=\"dvcqg-status\">Đã trả kết quả<"), kAbsent);
  EXPECT_NE(body.find("<li>Giấy khai sinh</li>"), kAbsent);
  EXPECT_NE(body.find("<meta http-equiv=\"refresh\" content=\"5\">"), kAbsent);
}

TEST_F(PortalPagesTest, LookupLeadsToTheDossierAndAnUnknownCodeIsNotFound) {
  const auto code = file_on_portal(citizen_form("Nguyễn Văn An", "001090000123"));
  ASSERT_FALSE(code.empty());
  const auto lookup = get("/dvcqg/ho-so?ma=" + integrations::url_encode(" " + code + " "));
  EXPECT_EQ(lookup.status, 303);
  EXPECT_NE(lookup.body.find("href=\"/dvcqg/ho-so/" + code + "\""), kAbsent);

  const auto unknown = get("/dvcqg/ho-so/000.00.00.G22-000101-9999");
  EXPECT_EQ(unknown.status, 404);
  EXPECT_NE(unknown.body.find("Không tìm thấy hồ sơ"), kAbsent);
}

TEST(SimFailures, FailRateOneFailsProtocolCallsButNotTheControls) {
  SimProcess sim({"--fail-rate", "1", "--timeout-ms", "100", "--seed", "7"});
  integrations::HttpClient client;
  std::set<int> statuses;
  for (int i = 0; i < 8; ++i) {
    const auto answer = client.send({.url = sim.url() + "/sms/send",
                                     .headers = {{"Idempotency-Key", "sms:" + std::to_string(i)}},
                                     .body = R"({"to":"0912345678","text":"Xin chào"})"});
    statuses.insert(answer.status);
  }
  EXPECT_EQ(statuses, (std::set<int>{503, 504}));
  const auto log = client.send({.method = "GET", .url = sim.url() + "/_sim/log"});
  EXPECT_EQ(log.status, 200);
  EXPECT_EQ(log.body, "[]");
  EXPECT_EQ(client.send({.method = "GET", .url = sim.url() + "/vneid/jwks"}).status, 200);
  EXPECT_EQ(sim.stop(), 0);
}

class VneidTest : public SimTest {
 protected:
  Form authorize_request(const std::string& challenge) {
    return {{"response_type", "code"},
            {"client_id", "motcua"},
            {"redirect_uri", kRedirectUri},
            {"scope", "openid"},
            {"state", "s-123"},
            {"nonce", "n-456"},
            {"code_challenge", challenge},
            {"code_challenge_method", "S256"}};
  }

  // The citizen's part: the login page, then approving it; the code the redirect carries.
  std::string authorize(const std::string& challenge) {
    const auto request = authorize_request(challenge);
    const auto page = get("/vneid/authorize?" + integrations::form_encode(request));
    EXPECT_EQ(page.status, 200) << page.body;
    EXPECT_NE(page.body.find("id=\"vneid-approve\""), std::string::npos);
    EXPECT_NE(page.body.find("Đăng nhập bằng tài khoản định danh điện tử VNeID"),
              std::string::npos);
    auto form = request;
    form.insert(form.end(), {{"SoDinhDanh", "001099012345"},
                             {"HoVaTen", "Nguyễn Văn An"},
                             {"SoDienThoai", "0912345678"},
                             {"ThuDienTu", "an@example.vn"}});
    const auto approved = post_form("/vneid/authorize", form);
    EXPECT_EQ(approved.status, 303);
    std::smatch match;
    const std::regex redirect(std::string(kRedirectUri) +
                              R"(\?code=([A-Za-z0-9_-]+)&amp;state=s-123)");
    return std::regex_search(approved.body, match, redirect) ? match[1].str() : "";
  }

  HttpAnswer exchange(const std::string& code, const std::string& verifier) {
    return post_form("/vneid/token", {{"grant_type", "authorization_code"},
                                      {"code", code},
                                      {"redirect_uri", kRedirectUri},
                                      {"client_id", "motcua"},
                                      {"client_secret", kSecret},
                                      {"code_verifier", verifier}});
  }
};

TEST_F(VneidTest, CodeFlowWithPkceYieldsAVerifiableIdToken) {
  const auto discovery = parse(get("/vneid/.well-known/openid-configuration"));
  EXPECT_EQ(discovery["issuer"], url("/vneid"));
  const auto verifier = integrations::random_token(32);
  const auto code = authorize(integrations::pkce_challenge(verifier));
  ASSERT_FALSE(code.empty());

  const auto token = exchange(code, verifier);
  ASSERT_EQ(token.status, 200) << token.body;
  const auto tokens = parse(token);
  EXPECT_EQ(tokens["token_type"], "Bearer");
  const auto jwks = parse(get(discovery["jwks_uri"].get<std::string>()));
  std::string why;
  const auto claims = integrations::verify_jwt(tokens["id_token"].get<std::string>(), jwks, &why);
  ASSERT_TRUE(claims) << why;
  EXPECT_EQ((*claims)["iss"], discovery["issuer"]);
  EXPECT_EQ((*claims)["aud"], "motcua");
  EXPECT_EQ((*claims)["nonce"], "n-456");
  EXPECT_EQ((*claims)["SoDinhDanh"], "001099012345");
  EXPECT_EQ((*claims)["HoVaTen"], "Nguyễn Văn An");
  EXPECT_GT((*claims)["exp"].get<long long>(), (*claims)["iat"].get<long long>());

  const auto userinfo = get("/vneid/userinfo", tokens["access_token"].get<std::string>());
  EXPECT_EQ(parse(userinfo)["SoDinhDanh"], "001099012345");
  EXPECT_EQ(parse(exchange(code, verifier))["error"], "invalid_grant");  // one use only
}

TEST_F(VneidTest, WrongCodeVerifierIsRefused) {
  const auto code = authorize(integrations::pkce_challenge(integrations::random_token(32)));
  ASSERT_FALSE(code.empty());
  const auto token = exchange(code, integrations::random_token(32));
  EXPECT_EQ(token.status, 400);
  EXPECT_EQ(parse(token)["error"], "invalid_grant");
}

TEST_F(VneidTest, AuthorizeWithoutPkceIsRefused) {
  auto request = authorize_request("");
  request.pop_back();
  EXPECT_EQ(get("/vneid/authorize?" + integrations::form_encode(request)).status, 400);
}

json payment_init(const std::string& id, const std::string& callback_url) {
  json init = {{"LoaiBanTin", "INIT"},
               {"PhienBan", "1.0.6"},
               {"MaDoiTac", "motcua"},
               {"MaThamChieu", id},
               {"SoTien", 50000},
               {"ThongTinGiaoDich", "Lệ phí đăng ký khai sinh"},
               {"ThoiGianGD", "20261205100000"},
               {"UrlCallback", callback_url},
               {"UrlReturn", "http://127.0.0.1:9/thanh-toan/xong"},
               {"ThongTinBienLai", {{"MaHoSo", "H29.12.05-261205-0001"}}}};
  init["MaXacThuc"] =
      integrations::mac_over({"INIT", "motcua", id, "50000", "20261205100000"}, kSecret);
  return init;
}

class PaygovTest : public SimTest {
 protected:
  json check(const std::string& id) {
    return parse(post("/paygov/check",
                      {{"MaThamChieu", id}, {"MaXacThuc", integrations::mac_over({id}, kSecret)}}));
  }

  void expect_authentic_callback(const json& callback, const std::string& id) {
    EXPECT_EQ(callback["MaThamChieu"], id);
    EXPECT_EQ(callback["TrangThai"], "00");
    EXPECT_EQ(callback["SoTien"], 50000);
    const auto expected = integrations::mac_over(
        {id, callback["MaGiaoDich"].get<std::string>(), "50000", "00"}, kSecret);
    EXPECT_EQ(callback["MaXacThuc"], expected);
  }
};

TEST_F(PaygovTest, PaymentIsConfirmedByCallbackAndByCheck) {
  CallbackReceiver receiver;
  const auto id = "PAY-" + integrations::random_token(6);
  auto forged = payment_init(id, receiver.url());
  forged["SoTien"] = 5;
  EXPECT_EQ(parse(post("/paygov/init", forged))["MaLoi"], "07");

  const auto init = post("/paygov/init", payment_init(id, receiver.url()), "paygov:init:" + id);
  ASSERT_EQ(init.status, 200) << init.body;
  EXPECT_EQ(parse(init)["UrlThanhToan"], url("/paygov/pay/" + id));
  EXPECT_EQ(check(id)["TrangThai"], "01");
  const auto page = get("/paygov/pay/" + id);
  EXPECT_NE(page.body.find("50.000 đ"), std::string::npos);
  EXPECT_NE(page.body.find("H29.12.05-261205-0001"), std::string::npos);
  EXPECT_NE(page.body.find("id=\"paygov-pay\""), std::string::npos);

  const auto paid = parse(post("/_sim/paygov/pay/" + id, json::object()));
  const auto transaction = paid["MaGiaoDich"].get<std::string>();
  EXPECT_TRUE(std::regex_match(transaction, std::regex(R"(PG\d{12})"))) << transaction;
  EXPECT_EQ(parse(post("/_sim/paygov/pay/" + id, json::object()))["MaGiaoDich"], transaction);

  const auto callbacks = receiver.wait_for(1);
  ASSERT_EQ(callbacks.size(), 1U);
  expect_authentic_callback(callbacks[0], id);
  EXPECT_EQ(callbacks[0]["MaGiaoDich"], transaction);
  const auto checked = check(id);
  EXPECT_EQ(checked["TrangThai"], "00");
  EXPECT_EQ(checked["MaGiaoDich"], transaction);
}

TEST_F(PaygovTest, PaymentBeforeItsInitIsCalledBackOnceTheInitArrives) {
  CallbackReceiver receiver;
  const auto id = "PAY-" + integrations::random_token(6);
  post("/_sim/paygov/pay/" + id, json::object());
  EXPECT_TRUE(entries_with_key(log("paygov"), "paygov:callback:" + id).empty());
  post("/paygov/init", payment_init(id, receiver.url()), "paygov:init:" + id);
  const auto callbacks = receiver.wait_for(1);
  ASSERT_EQ(callbacks.size(), 1U);
  expect_authentic_callback(callbacks[0], id);
  EXPECT_EQ(entries_with_key(log("paygov"), "paygov:callback:" + id).size(), 1U);
}

TEST_F(SimTest, PostalOrderGetsOneWaybillAndSignedNews) {
  CallbackReceiver receiver;
  const json order = {{"OrderNumber", "KQ-" + integrations::random_token(6)},
                      {"Service", "result"},
                      {"Receiver", {{"Name", "Nguyễn Văn An"}, {"Address", "12 Tràng Tiền"}}},
                      {"CallbackUrl", receiver.url()}};
  const auto first = parse(post("/vnpost/orders", order, "vnpost:order:a"));
  const auto item = first["ItemCode"].get<std::string>();
  EXPECT_TRUE(std::regex_match(item, std::regex(R"(EB\d{9}VN)"))) << item;
  EXPECT_EQ(parse(post("/vnpost/orders", order, "vnpost:order:b"))["ItemCode"], item);
  EXPECT_EQ(post("/vnpost/orders", {{"OrderNumber", "x"}}).status, 400);

  EXPECT_EQ(post("/_sim/vnpost/orders/" + item + "/advance", {{"status", "delivered"}}).status,
            200);
  const auto news = receiver.wait_for(1);
  ASSERT_FALSE(news.empty());
  const auto& first_news = news[0];
  EXPECT_EQ(first_news["ItemCode"], item);
  EXPECT_EQ(
      first_news["signature"],
      integrations::mac_over({item, order["OrderNumber"].get<std::string>(),
                              first_news["Seq"].dump(), first_news["Status"].get<std::string>()},
                             kSecret));
}

TEST_F(SimTest, SignatureFromTheESignGatewayVerifiesWithItsCertificate) {
  const std::string digest(64, 'a');
  const auto answer =
      parse(post("/esign/sign", {{"SoDinhDanh", "001099012345"},
                                 {"HoVaTen", "Nguyễn Văn An"},
                                 {"TaiLieu", {{"Ten", "kq.pdf"}, {"SHA256", digest}}},
                                 {"RequestId", "r1"}}));
  ASSERT_EQ(answer["MaLoi"], "00") << answer.dump();
  const auto claims = integrations::verify_jwt(answer["ChuKy"].get<std::string>(),
                                               {{"keys", json::array({answer["ChungThu"]})}});
  ASSERT_TRUE(claims);
  EXPECT_EQ((*claims)["sha256"], digest);
}

TEST_F(SimTest, MessagesAreValidated) {
  EXPECT_EQ(post("/sms/send", {{"to", "12ab"}, {"text", "x"}}).status, 400);
  EXPECT_EQ(post("/email/send", {{"to", "an@example.vn"}, {"subject", "Hồ sơ"}}).status, 400);
  EXPECT_EQ(post("/emc/TrackingMCDT", {{"MaHoSo", "X"}}).status, 400);
  const auto sent =
      post("/email/send", {{"to", "an@example.vn"}, {"subject", "Hồ sơ"}, {"text", "Đã tiếp nhận"}},
           "email:ref-1");
  EXPECT_EQ(parse(sent)["status"], "accepted");
  EXPECT_EQ(entries_with_key(log("email"), "email:ref-1").size(), 1U);
}

}  // namespace
}  // namespace motcua::test
