// API.md "Workflow steps" on the demo liên thông service (Decree 63/2024): the ward's civil-status
// desk, its leader, then the ward police and social insurance in parallel; each unit moves only
// the step it holds, and the last step's completion resolves the dossier.
#include <chrono>
#include <thread>

#include "api_test.hpp"

namespace motcua::test {
namespace {

constexpr const char* kPolice = "congan";
constexpr const char* kInsurance = "baohiem";
constexpr const char* kLienThong = "LT.0001";

class LienThongApi : public ApiTest {
 protected:
  const json& procedure() {
    static const json found = get("/api/v1/procedures/LT.0001").json();
    return found;
  }
  std::string taken_in() {
    const auto response =
        post("/api/v1/work/intake",
             {{"procedure_code", kLienThong},
              {"channel", "counter"},
              {"applicant", {{"full_name", "Ngô Thị Hạnh"}, {"id_number", "079188000111"}}},
              {"form", filled_form(procedure().at("form").at("fields"))}},
             kReception);
    EXPECT_EQ(response.status, 201) << response.body;
    return response.json().at("code").get<std::string>();
  }
  json steps(const std::string& code, const std::string& user = kReception) {
    return get("/api/v1/dossiers/" + code, user).json().at("steps");
  }
  std::vector<std::string> statuses(const std::string& code) {
    std::vector<std::string> out;
    for (const auto& step : steps(code)) out.push_back(step.at("status").get<std::string>());
    return out;
  }
  HttpResponse try_act(const std::string& user, const std::string& code, const std::string& action,
                       const json& body = json::object()) {
    return post("/api/v1/work/dossiers/" + code + "/" + action, body, user);
  }
  bool in_queue(const std::string& user, const std::string& code) {
    const auto queue = get("/api/v1/work/queue", user).json();
    for (const auto& item : queue.at("items"))
      if (item.at("code") == code) return true;
    return false;
  }
};

using Statuses = std::vector<std::string>;

TEST_F(LienThongApi, TheServiceIsFoundAndItsStepsStartAtReception) {
  const auto found = get("/api/v1/procedures?q=" + url_encode("liên thông khai sinh")).json();
  ASSERT_FALSE(found.at("items").empty()) << found.dump();
  EXPECT_EQ(found.at("items").at(0).at("code"), kLienThong);
  const auto code = taken_in();
  const auto all = steps(code);
  ASSERT_EQ(all.size(), 4U) << all.dump();
  EXPECT_EQ(all.at(0).at("unit").at("code"), "H29.12.05");
  EXPECT_EQ(all.at(2).at("unit").at("code"), "H29.20.05");
  EXPECT_EQ(all.at(3).at("unit").at("code"), "H29.21.01");
  EXPECT_EQ(statuses(code), (Statuses{"active", "waiting", "waiting", "waiting"}));
  EXPECT_FALSE(all.at(0).at("due_at").is_null());
  EXPECT_TRUE(all.at(0).at("timeliness").is_null());
}

TEST_F(LienThongApi, ADossierWalksThroughTheThreeUnitsAndResolvesAtTheLastStep) {
  const auto code = taken_in();
  const auto early = try_act(kPolice, code, "complete-step");
  EXPECT_EQ(early.status, 403) << "the police hold no active step yet: " << early.body;
  EXPECT_FALSE(in_queue(kPolice, code));

  act(kSpecialist, code, "complete-step", {{"comment", "Hồ sơ hợp lệ"}});
  EXPECT_EQ(try_act(kSpecialist, code, "complete-step").status, 403) << "step 1 is done";
  EXPECT_EQ(try_act(kLeader, code, "approve").status, 403) << "the workflow approves";
  act(kLeader, code, "complete-step");
  EXPECT_EQ(statuses(code), (Statuses{"done", "done", "active", "active"}));
  EXPECT_TRUE(in_queue(kPolice, code));
  EXPECT_TRUE(in_queue(kInsurance, code));

  // The leader takes the signature back while neither agency has acted, and signs again.
  act(kLeader, code, "recall");
  EXPECT_EQ(statuses(code), (Statuses{"done", "active", "waiting", "waiting"}));
  act(kLeader, code, "complete-step");

  EXPECT_EQ(act(kPolice, code, "complete-step").at("status").at("code"), 4);
  EXPECT_EQ(try_act(kLeader, code, "recall").status, 409) << "the police have acted";
  EXPECT_EQ(act(kInsurance, code, "complete-step").at("status").at("code"), 9);
  EXPECT_EQ(statuses(code), (Statuses{"done", "done", "done", "done"}));
  for (const auto& step : steps(code)) EXPECT_FALSE(step.at("timeliness").is_null());
  EXPECT_EQ(act(kReception, code, "return-result", {{"method", "counter"}}).at("status").at("code"),
            10);
}

// Returned by post: to the address given, or the applicant's; without either it is refused.
TEST_F(LienThongApi, AResultReturnedByPostNeedsAnAddress) {
  const auto code = taken_in();  // taken in without the applicant's address
  for (const auto* unit : {kSpecialist, kLeader, kPolice, kInsurance})
    act(unit, code, "complete-step");
  const auto refused = try_act(kReception, code, "return-result", {{"method", "post"}});
  EXPECT_EQ(refused.status, 400) << refused.body;
  EXPECT_TRUE(refused.json().at("error").at("fields").contains("address")) << refused.body;
  EXPECT_EQ(status_of(code, kReception), 9) << "nothing changed";
  const auto sent = try_act(kReception, code, "return-result",
                            {{"method", "post"}, {"address", "Số 5 Lê Lợi, phường Minh An"}});
  ASSERT_EQ(sent.status, 200) << sent.body;
  const auto history = get("/api/v1/dossiers/" + code + "/events", kReception).json();
  EXPECT_NE(history.dump().find("Số 5 Lê Lợi"), std::string::npos) << "the address is recorded";
}

TEST_F(LienThongApi, AStepIsSentBackToTheOneBeforeItWithAReason) {
  const auto code = taken_in();
  act(kSpecialist, code, "complete-step");
  EXPECT_EQ(try_act(kLeader, code, "send-back").status, 400) << "a reason is required";
  act(kLeader, code, "send-back", {{"reason", "Thiếu thông tin nơi cư trú của mẹ"}});
  EXPECT_EQ(statuses(code), (Statuses{"active", "waiting", "waiting", "waiting"}));
  EXPECT_EQ(try_act(kSpecialist, code, "send-back", {{"reason", "x"}}).status, 409)
      << "the first step has nowhere to go back to";
}

TEST_F(LienThongApi, OtherAgenciesAndStrangersSeeOnlyWhatTheyShould) {
  const auto code = taken_in();
  EXPECT_EQ(get("/api/v1/dossiers/" + code, kPolice).status, 200) << "a unit holding a step";
  EXPECT_EQ(get("/api/v1/dossiers/" + code, new_citizen("la")).status, 404);
  EXPECT_EQ(try_act(new_citizen("la2"), code, "complete-step").status, 404);
  const auto plain = submitted_dossier();
  act(kReception, plain.code, "receive");
  EXPECT_EQ(get("/api/v1/dossiers/" + plain.code, kReception).json().at("steps").size(), 0U)
      << "a procedure without a workflow keeps the hand routing";
  EXPECT_EQ(try_act(kSpecialist, plain.code, "complete-step").status, 403);
}

// The first step's budget is four working hours: within a working day from reception it is
// nearly due, and the desk's specialist is reminded once, by the server's own reminder pass.
TEST_F(LienThongApi, TheStepsHolderIsRemindedOnceThatItIsNearlyDue) {
  const auto code = taken_in();
  const auto reminders_of = [&](const std::string& user) {
    int found = 0;
    const auto listed = get("/api/v1/notifications?per_page=100", user).json();
    for (const auto& item : listed.at("items"))
      if (item.at("dossier_code") == code && item.at("kind") == "deadline") ++found;
    return found;
  };
  for (int tries = 0; tries < 50 && reminders_of(kSpecialist) == 0; ++tries)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(reminders_of(kSpecialist), 1);
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));  // another pass or two
  EXPECT_EQ(reminders_of(kSpecialist), 1) << "reminded once";
  EXPECT_EQ(reminders_of(kPolice), 0) << "the police's step has not started";
  const auto listed = get("/api/v1/notifications?per_page=100", kSpecialist).json();
  for (const auto& item : listed.at("items"))
    if (item.at("dossier_code") == code) {
      EXPECT_EQ(item.at("action"), "due_soon");
    }
}

}  // namespace
}  // namespace motcua::test
