// The national connections end to end, against motcua-sim failing half of all calls (errors and
// timeouts): every dossier filed on the national portal arrives once, every status reaches the
// portal once and in order, a payment is counted once however PayGov calls back, the applicant is
// told by SMS and e-mail, and queued messages survive a kill -9 of the server.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <thread>

#include "api_environment.hpp"
#include "api_test.hpp"
#include "core/sha256.hpp"
#include "pdf_file.hpp"

namespace motcua::test {
namespace {

using namespace std::chrono_literals;

constexpr const char* kSimSecret = "motcua-sim-secret";

std::string temp_dir(const std::string& name) {
  std::string pattern = "/tmp/motcua-" + name + "-XXXXXX";
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp");
  return pattern;
}

// Retries `probe` until it holds or `timeout` passes; returns whether it held.
template <class Probe>
bool eventually(Probe probe, std::chrono::seconds timeout = 60s) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (probe()) return true;
    std::this_thread::sleep_for(200ms);
  }
  return probe();
}

class Simulator {
 public:
  Simulator(double fail_rate, const std::string& dir)
      : process_({MOTCUA_SIM_BINARY, "--port", "0", "--fail-rate", std::to_string(fail_rate),
                  "--seed", "11"},
                 dir + "/sim.log", 30s) {}
  std::string url() const { return "http://127.0.0.1:" + std::to_string(process_.port()); }
  HttpClient client() const { return HttpClient(process_.port()); }

  json log(const std::string& system) const {
    return client().send({"GET", "/_sim/log?system=" + system, {}, ""}).json();
  }
  // The statuses the national portal received for `code`, in the order it received them.
  std::vector<int> statuses(const std::string& code) const {
    std::vector<int> statuses;
    for (const auto& entry : log("dvcqg")) {
      if (entry.at("kind") == "status" && entry.at("body").at("code") == code)
        statuses.push_back(entry.at("body").at("status").get<int>());
    }
    return statuses;
  }

 private:
  ServerProcess process_;
};

std::vector<std::string> server_arguments(const std::string& sim_url,
                                          const std::vector<std::string>& store) {
  std::vector<std::string> argv{MOTCUA_BINARY, "serve",
                                "--port",      "0",
                                "--demo",      "--sim",
                                sim_url,       "--retry-first-ms",
                                "100",         "--retry-longest-ms",
                                "800",         "--intake-interval-ms",
                                "300",         "--reconcile-interval",
                                "1",           "--outbox-workers",
                                "4",           "--login-rate",
                                "100000",      "--write-rate",
                                "1000000",     "--outbox-lease-ms",
                                "15000",       "--reminder-interval",
                                "1",           "--log-seal-interval",
                                "1",           "--breaker-open-ms",
                                "300"};
  argv.insert(argv.end(), store.begin(), store.end());
  return argv;
}

class ConnectionsApi : public ApiTest {
 protected:
  static void SetUpTestSuite() {
    dir_ = temp_dir("connections");
    sim_ = std::make_unique<Simulator>(0.5, dir_);
    server_ = std::make_unique<ServerProcess>(
        server_arguments(sim_->url(), environment().separate_store(dir_ + "/data")),
        dir_ + "/server.log", 180s);
  }
  static void TearDownTestSuite() {
    server_.reset();
    sim_.reset();
    std::filesystem::remove_all(dir_);
  }
  void SetUp() override { server_port_ = server_->port(); }

  // A citizen files on the national portal; returns the code it gave.
  std::string file_on_national_portal(const std::string& id_number) {
    const json body = {{"procedure_code", birth_procedure().at("code")},
                       {"applicant",
                        {{"full_name", "Trần Thị Bình"},
                         {"id_number", id_number},
                         {"phone", "0987654321"},
                         {"email", "binh@example.vn"},
                         {"address", "12 Lê Lợi"}}},
                       {"form", filled_form(birth_procedure().at("form").at("fields"))}};
    const auto response = sim_->client().send(
        {"POST", "/_sim/dvcqg/dossiers", {{"Content-Type", "application/json"}}, body.dump()});
    EXPECT_EQ(response.status, 201) << response.body;
    return response.json().at("code").get<std::string>();
  }

  int lookup_status(const std::string& code) {
    const auto response = get("/api/v1/lookup/" + code);
    return response.status == 200 ? response.json().at("status").at("code").get<int>() : -1;
  }

  // The e-receipt of a paid payment (requirements P10): a PDF naming the receipt number and the
  // amount in words, for the owner and the officials only.
  void expect_receipt(const std::string& code, const json& payment) {
    const auto url = payment.at("receipt_url").get<std::string>();
    ASSERT_EQ(url, "/api/v1/dossiers/" + code + "/payments/" +
                       payment.at("payment_id").get<std::string>() + "/receipt.pdf");
    const auto receipt = get(url, kCitizen);
    ASSERT_EQ(receipt.status, 200) << receipt.body;
    EXPECT_EQ(receipt.header("content-type").value_or(""), "application/pdf");
    const auto text = test::PdfFile(receipt.body).text();
    EXPECT_NE(text.find(payment.at("receipt_number").get<std::string>()), std::string::npos)
        << text;
    EXPECT_NE(text.find("Năm mươi nghìn đồng"), std::string::npos) << text;
    EXPECT_EQ(get(url, kSpecialist).body, receipt.body) << "kept once issued";
    EXPECT_EQ(get(url, kBusiness).status, 404) << "not another applicant's";
    EXPECT_EQ(get("/api/v1/dossiers/" + code + "/payments/TT-none/receipt.pdf", kCitizen).status,
              404);
  }

  static std::string dir_;
  static std::unique_ptr<Simulator> sim_;
  static std::unique_ptr<ServerProcess> server_;
};

std::string ConnectionsApi::dir_;
std::unique_ptr<Simulator> ConnectionsApi::sim_;
std::unique_ptr<ServerProcess> ConnectionsApi::server_;

TEST_F(ConnectionsApi, NationalPortalDossiersArriveOnceAndEveryStatusReachesThePortalInOrder) {
  std::vector<std::string> codes;
  for (int i = 0; i < 5; ++i)
    codes.push_back(file_on_national_portal("00109901234" + std::to_string(i)));
  for (const auto& code : codes) {
    ASSERT_TRUE(eventually([&] { return lookup_status(code) == 1; }, 30s))
        << code << " did not arrive in the receiving queue";
  }
  for (const auto& code : codes) {
    act(kReception, code, "receive");
    act(kReception, code, "forward", {{"to", kSpecialist}, {"comment", "Chuyển"}});
    act(kLeader, code, "approve", {{"comment", "Đồng ý"}});
    act(kReception, code, "return-result", {{"method", "online"}});
  }
  const std::vector<int> expected{2, 4, 9, 10};
  for (const auto& code : codes) {
    EXPECT_TRUE(eventually([&] { return sim_->statuses(code).size() >= expected.size(); })) << code;
    EXPECT_EQ(sim_->statuses(code), expected) << code << ": once each, in order";
    const auto events = get("/api/v1/dossiers/" + code + "/events", kReception).json();
    EXPECT_EQ(std::count_if(events.begin(), events.end(),
                            [](const json& e) { return e.at("action") == "submit"; }),
              1)
        << code << " arrived more than once";
  }
}

TEST_F(ConnectionsApi, ACitizenSignsTheDeclarationBeforeFiling) {
  auto draft = create_draft(kCitizen, filled_form(birth_procedure().at("form").at("fields")));
  upload_required_components(kCitizen, draft.id);
  const auto path = "/api/v1/dossiers/" + std::to_string(draft.id);
  EXPECT_EQ(get(path + "/signature", kCitizen).json().at("signed"), false);
  EXPECT_EQ(post(path + "/signature", json::object(), kBusiness).status, 404) << "owner only";
  const auto sign = [&] {
    // Half of the gateway's calls fail here: the citizen presses again.
    for (int attempt = 0; attempt < 20; ++attempt) {
      const auto response = post(path + "/signature", json::object(), kCitizen);
      if (response.status == 201) return response.json();
      EXPECT_EQ(response.status, 502) << response.body;
    }
    return json();
  };
  const auto signed_once = sign();
  ASSERT_TRUE(signed_once.is_object());
  EXPECT_EQ(signed_once.at("signer_id_number"), "001090000123");
  const auto state = get(path + "/signature", kCitizen).json();
  EXPECT_EQ(state.at("covers"), true);
  EXPECT_EQ(state.at("valid"), true);

  // Changed after signing: the signature no longer covers it, and filing waits for a new one.
  auto form = filled_form(birth_procedure().at("form").at("fields"));
  form["ghi_chu_ky_so"] = "thêm";
  ASSERT_EQ(put(path, {{"form", form}}, kCitizen).status, 200);
  EXPECT_EQ(get(path + "/signature", kCitizen).json().at("covers"), false);
  const auto refused = post(path + "/submit", json::object(), kCitizen);
  EXPECT_EQ(refused.status, 400) << refused.body;
  EXPECT_TRUE(refused.json().at("error").at("fields").contains("signature")) << refused.body;

  const auto signed_again = sign();
  ASSERT_TRUE(signed_again.is_object());
  EXPECT_NE(signed_again.at("sha256"), signed_once.at("sha256"));
  const auto filed = post(path + "/submit", json::object(), kCitizen);
  ASSERT_EQ(filed.status, 200) << filed.body;
  const auto code = filed.json().at("code").get<std::string>();
  const auto seen = get("/api/v1/dossiers/" + code + "/signature", kReception).json();
  EXPECT_EQ(seen.at("signed"), true);
  EXPECT_EQ(seen.at("valid"), true);
  EXPECT_EQ(seen.at("sha256"), signed_again.at("sha256"));
  const auto log = sim_->client().send({"GET", "/_sim/log?system=esign", {}, ""}).json();
  EXPECT_TRUE(std::any_of(log.begin(), log.end(), [&](const json& entry) {
    return entry.at("body").at("TaiLieu").at("SHA256") == signed_again.at("sha256");
  }));
}

TEST_F(ConnectionsApi, APaymentIsCountedOnceHoweverPayGovCallsBack) {
  const auto dossier = submitted_dossier();
  act(kReception, dossier.code, "receive");
  act(kReception, dossier.code, "forward", {{"to", kSpecialist}, {"comment", "Chuyển"}});
  act(kSpecialist, dossier.code, "request-payment", {{"amount", 50000}});
  const auto first =
      post("/api/v1/dossiers/" + dossier.code + "/payments", json::object(), kCitizen);
  ASSERT_EQ(first.status, 201) << first.body;
  const auto payment_id = first.json().at("payment_id").get<std::string>();
  EXPECT_EQ(first.json().at("amount"), 50000);
  EXPECT_NE(first.json().at("pay_url").get<std::string>().find("/paygov/pay/"), std::string::npos);
  const auto again =
      post("/api/v1/dossiers/" + dossier.code + "/payments", json::object(), kCitizen);
  EXPECT_EQ(again.json().at("payment_id"), payment_id) << "one payment per request";
  EXPECT_EQ(
      post("/api/v1/dossiers/" + dossier.code + "/payments", json::object(), kReception).status,
      404)
      << "only the owner pays";

  const auto paid = sim_->client().send({"POST", "/_sim/paygov/pay/" + payment_id, {}, ""});
  ASSERT_EQ(paid.status, 200) << paid.body;
  ASSERT_TRUE(eventually([&] { return status_of(dossier.code) == 4; }, 30s));
  const auto transaction = paid.json().at("MaGiaoDich").get<std::string>();
  // PayGov calls again, late: nothing more happens.
  const json repeat = {
      {"MaThamChieu", payment_id},
      {"MaGiaoDich", transaction},
      {"SoTien", 50000},
      {"TrangThai", "00"},
      {"MaXacThuc", core::sha256_hex(payment_id + "|" + transaction + "|50000|00|" + kSimSecret)}};
  EXPECT_EQ(post("/api/v1/integrations/paygov/callback", repeat).status, 200);
  auto forged = repeat;
  forged["MaXacThuc"] = std::string(64, '0');
  EXPECT_EQ(post("/api/v1/integrations/paygov/callback", forged).status, 400);

  const auto payments = get("/api/v1/dossiers/" + dossier.code + "/payments", kCitizen).json();
  ASSERT_EQ(payments.at("items").size(), 1U);
  EXPECT_EQ(payments.at("items")[0].at("status"), "paid");
  EXPECT_FALSE(payments.at("items")[0].at("receipt_number").get<std::string>().empty());
  expect_receipt(dossier.code, payments.at("items")[0]);
  std::this_thread::sleep_for(2s);  // room for a duplicate callback or reconciliation
  const auto events = get("/api/v1/dossiers/" + dossier.code + "/events", kCitizen).json();
  EXPECT_EQ(std::count_if(events.begin(), events.end(),
                          [](const json& e) { return e.at("action") == "record-payment"; }),
            1);
  EXPECT_EQ(status_of(dossier.code), 4);
}

TEST_F(ConnectionsApi, TheApplicantIsToldBySmsAndEmail) {
  const auto dossier = submitted_dossier();
  act(kReception, dossier.code, "receive");
  const auto told = [&](const std::string& system) {
    for (const auto& entry : sim_->log(system)) {
      const auto text = entry.at("body").value("text", "");
      if (text.find(dossier.code) != std::string::npos &&
          text.find("đã được tiếp nhận") != std::string::npos &&
          text.find("was received") != std::string::npos)
        return true;
    }
    return false;
  };
  EXPECT_TRUE(eventually([&] { return told("sms"); })) << "SMS to 0912345678";
  EXPECT_TRUE(eventually([&] { return told("email"); })) << "e-mail to congdan@example.vn";
  const auto emc = sim_->log("emc");
  EXPECT_TRUE(eventually([&] {
    for (const auto& entry : sim_->log("emc")) {
      if (entry.at("body").value("MaHoSo", "") == dossier.code &&
          entry.at("body").value("Status", -1) == 1)
        return true;
    }
    return false;
  })) << "EMC hears of the reception";
  const auto connections =
      get("/api/v1/work/dossiers/" + dossier.code + "/connections", kReception);
  ASSERT_EQ(connections.status, 200) << connections.body;
  EXPECT_FALSE(connections.json().at("messages").empty());
  EXPECT_EQ(get("/api/v1/work/dossiers/" + dossier.code + "/connections", kCitizen).status, 404);
}

TEST_F(ConnectionsApi, ANoticeTheSmsGatewayCannotDeliverGoesByEmail) {
  const auto user = new_citizen("tinnhan");
  ASSERT_EQ(
      put("/api/v1/me/profile",
          {{"phone", "0977000111"}, {"email", "tinnhan@example.vn"}, {"notify_channel", "sms"}},
          user)
          .status,
      200);
  ASSERT_EQ(sim_->client()
                .send({"POST",
                       "/_sim/undeliverable",
                       {{"Content-Type", "application/json"}},
                       json{{"to", "0977000111"}}.dump()})
                .status,
            200);
  const auto dossier = submitted_dossier(user);
  act(kReception, dossier.code, "receive");
  const auto sent_to = [&](const std::string& system, const std::string& to) {
    for (const auto& entry : sim_->log(system)) {
      const auto& body = entry.at("body");
      if (body.value("to", "") == to &&
          body.value("text", "").find(dossier.code) != std::string::npos)
        return true;
    }
    return false;
  };
  EXPECT_TRUE(eventually([&] { return sent_to("sms", "0977000111"); })) << "the chosen channel";
  EXPECT_TRUE(eventually([&] { return sent_to("email", "tinnhan@example.vn"); }))
      << "the SMS failed: the notice goes by e-mail";
  const auto failed_receipt = [&] {
    const auto connections =
        get("/api/v1/work/dossiers/" + dossier.code + "/connections", kReception).json();
    for (const auto& entry : connections.at("log")) {
      if (entry.value("kind", "") == "receipt" && entry.value("system", "") == "sms" &&
          entry.value("answer", "") == "failed")
        return true;
    }
    return false;
  };
  EXPECT_TRUE(eventually(failed_receipt)) << "the receipt is in the dossier's log";
  const auto forged =
      post("/api/v1/integrations/sms/receipt", {{"id", "sms-1"},
                                                {"ref", dossier.code + ":1"},
                                                {"status", "failed"},
                                                {"signature", std::string(64, '0')}});
  EXPECT_EQ(forged.status, 400) << "a receipt not signed by the gateway";
  EXPECT_EQ(post("/api/v1/integrations/fax/receipt", json::object()).status, 404);
}

// The demo liên thông service's first step is due within a working day of reception.
TEST_F(ConnectionsApi, AnOfficialWhoChoseSmsIsRemindedBySms) {
  EXPECT_EQ(put("/api/v1/me/reminders", {{"channel", "fax"}}, kSpecialist).status, 400);
  EXPECT_EQ(put("/api/v1/me/reminders", {{"channel", "sms"}}, kCitizen).status, 403)
      << "an applicant's channel is in the profile";
  const auto chosen = put("/api/v1/me/reminders", {{"channel", "sms"}}, kSpecialist);
  ASSERT_EQ(chosen.status, 200) << chosen.body;
  const auto phone = chosen.json().at("phone").get<std::string>();
  ASSERT_FALSE(phone.empty()) << "the demo officials have contacts";
  const auto procedure = get("/api/v1/procedures/LT.0001").json();
  const auto taken =
      post("/api/v1/work/intake",
           {{"procedure_code", "LT.0001"},
            {"channel", "counter"},
            {"applicant", {{"full_name", "Ngô Thị Hạnh"}, {"id_number", "079188000111"}}},
            {"form", filled_form(procedure.at("form").at("fields"))}},
           kReception);
  ASSERT_EQ(taken.status, 201) << taken.body;
  const auto code = taken.json().at("code").get<std::string>();
  const auto reminded = [&] {
    int found = 0;
    for (const auto& entry : sim_->log("sms")) {
      const auto& body = entry.at("body");
      if (body.value("to", "") == phone && body.value("text", "").find(code) != std::string::npos &&
          body.value("text", "").find("sắp đến hạn") != std::string::npos)
        ++found;
    }
    return found;
  };
  EXPECT_TRUE(eventually([&] { return reminded() > 0; }));
  std::this_thread::sleep_for(1500ms);  // another reminder pass or two
  EXPECT_EQ(reminded(), 1) << "reminded once";
}

TEST_F(ConnectionsApi, VnpostCollectsThePaperDossierOnceAtATime) {
  const auto dossier = submitted_dossier();
  const auto path = "/api/v1/dossiers/" + dossier.code + "/postal-pickup";
  EXPECT_EQ(post(path, {{"address", std::string(501, 'x')}}, kCitizen).status, 400);
  EXPECT_EQ(post(path, json::object(), kReception).status, 404) << "the owner asks";
  const auto placed = post(path, {{"address", "Số 7 đường Lý Thường Kiệt"}}, kCitizen);
  ASSERT_EQ(placed.status, 201) << placed.body;
  EXPECT_EQ(placed.json().at("service"), "pickup");
  EXPECT_EQ(post(path, json::object(), kCitizen).status, 409) << "one pickup at a time";
  EXPECT_TRUE(eventually([&] {
    for (const auto& entry : sim_->log("vnpost")) {
      const auto& body = entry.at("body");
      if (body.value("Service", "") == "pickup" &&
          body.value("OrderNumber", "").rfind(dossier.code, 0) == 0)
        return body.at("Sender").value("Address", "") == "Số 7 đường Lý Thường Kiệt";
    }
    return false;
  })) << "VNPost is asked to collect at the address given";
  EXPECT_TRUE(eventually(
      [&] {
        const auto orders =
            get("/api/v1/dossiers/" + dossier.code + "/postal-orders", kCitizen).json();
        return orders.at("items").size() == 1 &&
               orders.at("items")[0].value("status", "") != "requested";
      },
      30s))
      << "the waybill and VNPost's news reach the dossier";
  act(kReception, dossier.code, "receive");
  act(kReception, dossier.code, "forward", {{"to", kSpecialist}, {"comment", "Chuyển"}});
  EXPECT_EQ(get("/api/v1/dossiers/" + dossier.code + "/postal-orders", kSpecialist).status, 200);
}

TEST_F(ConnectionsApi, TheApplicantRatesOnceAndTheNationalPortalHearsOfIt) {
  const auto dossier = submitted_dossier();
  const auto path = "/api/v1/dossiers/" + dossier.code + "/rating";
  const json scores = {{"satisfaction", 5},
                       {"timeliness", 4},
                       {"attitude", 5},
                       {"guidance", 4},
                       {"online_service", 5}};
  EXPECT_EQ(post(path, {{"scores", scores}}, kCitizen).status, 409) << "no result yet";
  act(kReception, dossier.code, "receive");
  act(kReception, dossier.code, "forward", {{"to", kSpecialist}, {"comment", "Chuyển"}});
  act(kLeader, dossier.code, "approve", {{"comment", "Đồng ý"}});
  EXPECT_EQ(get(path, kCitizen).status, 404) << "not rated yet";
  auto unhappy = scores;
  unhappy["satisfaction"] = 1;
  const auto refused = post(path, {{"scores", unhappy}, {"comment", " "}}, kCitizen);
  EXPECT_EQ(refused.status, 400);
  EXPECT_TRUE(refused.json()["error"]["fields"].contains("comment")) << refused.body;
  auto partial = scores;
  partial.erase("attitude");
  EXPECT_EQ(post(path, {{"scores", partial}}, kCitizen).status, 400);
  EXPECT_EQ(post(path, {{"scores", scores}}, kReception).status, 404) << "the owner rates";
  const auto rated = post(path, {{"scores", scores}, {"comment", "Nhanh gọn"}}, kCitizen);
  ASSERT_EQ(rated.status, 201) << rated.body;
  EXPECT_EQ(post(path, {{"scores", scores}}, kCitizen).status, 409) << "once";
  EXPECT_EQ(get(path, kSpecialist).json().at("scores").at("timeliness"), 4);
  EXPECT_TRUE(eventually([&] {
    for (const auto& entry : sim_->log("dvcqg")) {
      if (entry.at("kind") == "evaluation" && entry.at("body").value("MaHoSo", "") == dossier.code)
        return entry.at("body").value("MucDoHaiLong", 0) == 5;
    }
    return false;
  })) << "pushed to the national portal's evaluation system";
}

TEST_F(ConnectionsApi, APasswordResetLinkGoesByEmail) {
  ASSERT_EQ(post("/api/v1/auth/password-reset", {{"login", kCitizen}}).status, 202);
  EXPECT_TRUE(eventually([&] {
    for (const auto& entry : sim_->log("email")) {
      const auto text = entry.at("body").value("text", "");
      if (text.find("/dat-lai-mat-khau?token=") != std::string::npos &&
          entry.at("body").value("to", "") == "congdan@example.vn")
        return true;
    }
    return false;
  })) << "the reset link reaches the account's e-mail through the outbox";
}

TEST_F(ConnectionsApi, AdministratorsSeeTheQueuesAndTheChainHolds) {
  const auto overview = get("/api/v1/admin/integrations", kAdmin);
  ASSERT_EQ(overview.status, 200) << overview.body;
  EXPECT_EQ(get("/api/v1/admin/integrations", kReception).status, 403);
  EXPECT_TRUE(eventually([&] {
    return get("/api/v1/admin/integrations/chain", kAdmin).json().value("entries", 0) > 0;
  }));
  EXPECT_TRUE(eventually([&] {
    return get("/api/v1/admin/integrations/chain", kAdmin).json().value("seals", 0) > 0;
  })) << "the log's head is signed every second here";
  const auto chain = get("/api/v1/admin/integrations/chain", kAdmin).json();
  EXPECT_TRUE(chain.at("intact").get<bool>()) << chain.dump();
  EXPECT_TRUE(chain.at("first_bad_seal_id").is_null()) << chain.dump();
  const auto health = get("/healthz?deep=1").json();
  EXPECT_TRUE(health.at("integrations").contains("dvcqg")) << health.dump();
}

TEST_F(ConnectionsApi, QueuedMessagesSurviveAKillOfTheServer) {
  const auto dir = temp_dir("kill");
  // A simulator of its own: a store of its own numbers its dossiers as the suite's server does.
  const Simulator sim(0.5, dir);
  // The national systems are unreachable at first: everything waits in the outbox.
  const auto store = environment().separate_store(dir + "/data");
  auto node = std::make_unique<ServerProcess>(server_arguments("http://127.0.0.1:1", store),
                                              dir + "/first.log", 180s);
  server_port_ = node->port();
  const auto taken = post(
      "/api/v1/work/intake",
      {{"procedure_code", birth_procedure().at("code")},
       {"channel", "counter"},
       {"applicant",
        {{"full_name", "Lê Văn Cường"}, {"id_number", "001099055555"}, {"phone", "0911222333"}}},
       {"form", filled_form(birth_procedure().at("form").at("fields"))}},
      kReception);
  ASSERT_EQ(taken.status, 201) << taken.body;
  const auto code = taken.json().at("code").get<std::string>();
  act(kReception, code, "forward", {{"to", kSpecialist}, {"comment", "Chuyển"}});
  node->kill();
  node = std::make_unique<ServerProcess>(server_arguments(sim.url(), store), dir + "/second.log",
                                         180s);
  EXPECT_TRUE(eventually([&] { return sim.statuses(code).size() >= 2; }));
  EXPECT_EQ(sim.statuses(code), (std::vector<int>{2, 4}));
  node.reset();
  std::filesystem::remove_all(dir);
}

constexpr const char* kSyncPage = "/mot-cua/ket-noi/thu-tuc/dong-bo";

// The national catalog read now by an administrator; the simulator fails half of all calls, each
// failure a 502 or 503 that says so, so the sync is asked again until it succeeds.
json sync_catalog(const std::function<HttpResponse()>& post_sync) {
  json report;
  EXPECT_TRUE(eventually([&] {
    const auto response = post_sync();
    if (response.status == 200) {
      report = response.json();
      return true;
    }
    EXPECT_TRUE(response.status == 502 || response.status == 503) << response.body;
    const auto code = error_code(response);
    EXPECT_TRUE(code == "national_portal_unreachable" || code == "national_catalog_invalid")
        << response.body;
    return false;
  }));
  return report;
}

std::map<std::string, json> by_code(const json& report) {
  std::map<std::string, json> rows;
  for (const auto& row : report.at("items")) rows[row.at("code").get<std::string>()] = row;
  return rows;
}

TEST_F(ConnectionsApi, CatalogSyncReportsEachProcedureAgainstTheNationalCatalog) {
  const auto report = sync_catalog(
      [&] { return post("/api/v1/admin/integrations/procedures/sync", json::object(), kAdmin); });
  ASSERT_TRUE(report.is_object());
  EXPECT_EQ(report.at("last_sync").at("procedures"), 7) << report.at("last_sync").dump();
  auto rows = by_code(report);
  EXPECT_EQ(rows["1.001193"].at("state"), "matched") << rows["1.001193"].dump();
  EXPECT_EQ(rows["1.001612"].at("state"), "matched") << rows["1.001612"].dump();
  EXPECT_EQ(rows["1.004873"].at("state"), "differs");
  EXPECT_EQ(rows["1.004873"].at("differences"), json::array({"fee"}));
  EXPECT_EQ(rows["1.004873"].at("national").at("fees"), json::array({20000}));
  EXPECT_EQ(rows["1.004873"].at("local").at("fees"), json::array({15000}));
  EXPECT_EQ(rows["2.000815"].at("differences"), json::array({"name"}));
  EXPECT_EQ(rows["1.004884"].at("state"), "missing_here");
  EXPECT_TRUE(rows["1.004884"].at("local").is_null());
  EXPECT_EQ(rows["LT.0001"].at("state"), "absent_nationally");
  EXPECT_EQ(report.at("counts").at("missing_here"), 1);

  const auto differing = get("/api/v1/admin/integrations/procedures?state=differs", kAdmin);
  ASSERT_EQ(differing.status, 200) << differing.body;
  EXPECT_EQ(differing.json().at("items").size(), 2U);
  EXPECT_EQ(differing.json().at("counts"), report.at("counts")) << "the counts are of every state";
  EXPECT_EQ(get("/api/v1/admin/integrations/procedures?state=other", kAdmin).status, 400);
  const auto log = get("/api/v1/admin/integrations/log?system=dvcqg&limit=500", kAdmin).json();
  EXPECT_TRUE(std::any_of(log.at("items").begin(), log.at("items").end(), [](const json& entry) {
    return entry.at("kind") == "procedures";
  })) << "each sync is in the message log";
  const auto page = get("/mot-cua/ket-noi/thu-tuc?trang-thai=missing_here", kAdmin);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("1.004884"), std::string::npos);
  EXPECT_EQ(page.body.find("1.001193"), std::string::npos) << "only the state asked for";
  EXPECT_TRUE(eventually([&] {
    return post_raw(kSyncPage, "application/x-www-form-urlencoded", "", kAdmin).status == 303;
  })) << "the page's button syncs and comes back to the list";
}

TEST_F(ConnectionsApi, OnlyAdministratorsSeeOrRunTheCatalogSync) {
  for (const auto* user : {kReception, kLeader, kCitizen}) {
    EXPECT_EQ(get("/api/v1/admin/integrations/procedures", user).status, 403) << user;
    EXPECT_EQ(post("/api/v1/admin/integrations/procedures/sync", json::object(), user).status, 403)
        << user;
    EXPECT_EQ(get("/mot-cua/ket-noi/thu-tuc", user).status, 403) << user;
  }
  EXPECT_EQ(get("/api/v1/admin/integrations/procedures").status, 401);
  EXPECT_EQ(post("/api/v1/admin/integrations/procedures/sync", json::object()).status, 401);
}

TEST_F(ConnectionsApi, AnUnreachablePortalLeavesTheLastSnapshot) {
  const auto dir = temp_dir("catalog");
  const Simulator sim(0.5, dir);
  const auto store = environment().separate_store(dir + "/data");
  auto node =
      std::make_unique<ServerProcess>(server_arguments(sim.url(), store), dir + "/first.log", 180s);
  server_port_ = node->port();
  const auto before = sync_catalog(
      [&] { return post("/api/v1/admin/integrations/procedures/sync", json::object(), kAdmin); });
  node.reset();
  node = std::make_unique<ServerProcess>(server_arguments("http://127.0.0.1:1", store),
                                         dir + "/second.log", 180s);
  server_port_ = node->port();
  const auto refused = post("/api/v1/admin/integrations/procedures/sync", json::object(), kAdmin);
  EXPECT_EQ(refused.status, 503) << refused.body;
  EXPECT_EQ(error_code(refused), "national_portal_unreachable");
  const auto after = get("/api/v1/admin/integrations/procedures", kAdmin);
  ASSERT_EQ(after.status, 200) << after.body;
  EXPECT_EQ(after.json().at("last_sync"), before.at("last_sync"));
  EXPECT_EQ(after.json().at("items"), before.at("items"));
  const auto page = post_raw(kSyncPage, "application/x-www-form-urlencoded", "", kAdmin);
  EXPECT_EQ(page.status, 503);
  EXPECT_NE(page.body.find("Không kết nối được Cổng Dịch vụ công quốc gia"), std::string::npos);
  EXPECT_NE(page.body.find("1.004884"), std::string::npos) << "the last snapshot is still listed";
  // A portal that answers, but not with the catalog.
  node.reset();
  node = std::make_unique<ServerProcess>(server_arguments(sim.url() + "/elsewhere", store),
                                         dir + "/third.log", 180s);
  server_port_ = node->port();
  const auto wrong = post("/api/v1/admin/integrations/procedures/sync", json::object(), kAdmin);
  EXPECT_EQ(wrong.status, 502) << wrong.body;
  EXPECT_EQ(error_code(wrong), "national_catalog_invalid");
  EXPECT_EQ(get("/api/v1/admin/integrations/procedures", kAdmin).json().at("items"),
            before.at("items"));
  node.reset();
  std::filesystem::remove_all(dir);
}

// The shared server is connected to no national system.
using CatalogSyncApi = ApiTest;

TEST_F(CatalogSyncApi, WithoutANationalConnectionTheSyncIsUnavailable) {
  const auto refused = post("/api/v1/admin/integrations/procedures/sync", json::object(), kAdmin);
  EXPECT_EQ(refused.status, 503) << refused.body;
  EXPECT_EQ(error_code(refused), "national_portal_unconnected");
  EXPECT_EQ(
      post_raw("/api/v1/admin/integrations/procedures/sync", "text/plain", "x", kAdmin).status,
      400);
  const auto report = get("/api/v1/admin/integrations/procedures", kAdmin);
  ASSERT_EQ(report.status, 200) << report.body;
  EXPECT_TRUE(report.json().at("last_sync").is_null());
  EXPECT_TRUE(report.json().at("items").empty()) << "nothing is known absent before a first sync";
}

}  // namespace
}  // namespace motcua::test
