// API.md "Back office": every transition through the API, who may take it (403) and from which
// status (409), and the hash-chained event log.
#include "api_test.hpp"
#include "core/event_chain.hpp"
#include "core/time.hpp"

namespace motcua::test {
namespace {

class WorkflowApi : public ApiTest {
 protected:
  HttpResponse try_act(const std::string& user, const std::string& code, const std::string& action,
                       const json& body = json::object()) {
    return post("/api/v1/work/dossiers/" + code + "/" + action, body, user);
  }

  // Submitted, received and handed to the specialist: status 4.
  DossierRef processing_dossier() { return processing_dossier(birth_procedure()); }
  DossierRef processing_dossier(const json& procedure) {
    const auto dossier = submitted_dossier_of(procedure);
    act(kReception, dossier.code, "receive");
    act(kReception, dossier.code, "forward", {{"to", kSpecialist}, {"comment", "Chuyển xử lý"}});
    return dossier;
  }

  json events(const std::string& code, const std::string& user = kCitizen) {
    const auto response = get("/api/v1/dossiers/" + code + "/events", user);
    EXPECT_EQ(response.status, 200) << response.body;
    return response.json();
  }

  HttpResponse answer_supplement(const std::string& code) {
    const auto component = birth_procedure().at("components")[0].at("id").get<std::string>();
    return post_multipart("/api/v1/dossiers/" + code + "/supplement",
                          {{"comment", "Đã bổ sung giấy tờ"},
                           {"component_id", component},
                           {"file", pdf_bytes(), "bo-sung.pdf", "application/pdf"}},
                          kCitizen);
  }

  static void expect_conflict(const HttpResponse& response) {
    EXPECT_EQ(response.status, 409) << response.body;
    EXPECT_FALSE(error_code(response).empty()) << response.body;
  }
  static void expect_forbidden(const HttpResponse& response) {
    EXPECT_EQ(response.status, 403) << response.body;
    EXPECT_EQ(error_code(response), "forbidden") << response.body;
  }
};

TEST_F(WorkflowApi, FullLifecycleFromDraftToReturnedResult) {
  const auto dossier = submitted_dossier();
  EXPECT_EQ(status_of(dossier.code), 1);

  auto detail = act(kReception, dossier.code, "receive");
  EXPECT_EQ(detail.at("status").at("code"), 2);
  EXPECT_TRUE(detail.at("received_at").is_string()) << detail.dump();
  EXPECT_TRUE(detail.at("due_at").is_string()) << detail.dump();

  detail = act(kReception, dossier.code, "forward", {{"to", kSpecialist}, {"comment", "Chuyển"}});
  EXPECT_EQ(detail.at("status").at("code"), 4);
  EXPECT_EQ(detail.at("assignee"), kSpecialist);

  const auto component = birth_procedure().at("components")[0].at("id");
  detail =
      act(kSpecialist, dossier.code, "request-supplement",
          {{"reason", "Thiếu bản sao giấy chứng sinh"}, {"components", json::array({component})}});
  EXPECT_EQ(detail.at("status").at("code"), 5);
  const auto answered = answer_supplement(dossier.code);
  ASSERT_EQ(answered.status, 200) << answered.body;
  EXPECT_EQ(answered.json().at("status").at("code"), 4);

  EXPECT_EQ(
      act(kSpecialist, dossier.code, "request-payment", {{"amount", 8000}}).at("status").at("code"),
      6);
  EXPECT_EQ(act(kSpecialist, dossier.code, "record-payment").at("status").at("code"), 4);
  EXPECT_EQ(act(kLeader, dossier.code, "approve", {{"comment", "Đồng ý"}}).at("status").at("code"),
            9);
  detail = act(kReception, dossier.code, "return-result", {{"method", "online"}});
  EXPECT_EQ(detail.at("status").at("code"), 10);
  EXPECT_TRUE(detail.at("returned_at").is_string());
  EXPECT_EQ(status_of(dossier.code), 10);

  const std::vector<std::tuple<std::string, int, int>> expected{{"create", 0, 0},
                                                                {"submit", 0, 1},
                                                                {"receive", 1, 2},
                                                                {"forward", 2, 4},
                                                                {"request-supplement", 4, 5},
                                                                {"answer-supplement", 5, 4},
                                                                {"request-payment", 4, 6},
                                                                {"record-payment", 6, 4},
                                                                {"approve", 4, 9},
                                                                {"return-result", 9, 10}};
  const auto log = events(dossier.code);
  ASSERT_EQ(log.size(), expected.size()) << log.dump();
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(log[i].at("action"), std::get<0>(expected[i])) << i;
    EXPECT_EQ(log[i].at("from"), std::get<1>(expected[i])) << i;
    EXPECT_EQ(log[i].at("to"), std::get<2>(expected[i])) << i;
  }
  EXPECT_EQ(log[2].at("actor"), kReception);
  EXPECT_EQ(log[8].at("actor"), kLeader);
}

TEST_F(WorkflowApi, EventsAreHashChained) {
  const auto dossier = processing_dossier();
  const auto log = events(dossier.code);
  ASSERT_GE(log.size(), 4U);
  std::string previous = core::kGenesisHash;
  for (std::size_t i = 0; i < log.size(); ++i) {
    const auto& item = log[i];
    for (const char* key : {"seq", "at", "actor", "action", "from", "to", "comment", "hash"})
      EXPECT_TRUE(item.contains(key)) << key;
    EXPECT_EQ(item.at("seq"), i + 1);
    EXPECT_EQ(item.at("prev_hash"), previous) << "event " << i + 1;
    // Recompute the hash from what the API shows: the chain is checkable by any reader.
    core::DossierEvent event;
    event.seq = item.at("seq");
    event.at = *core::parse_iso(item.at("at").get<std::string>());
    event.actor = item.at("actor");
    event.action = item.at("action");
    event.from = *core::status_from_code(item.at("from").get<int>());
    event.to = *core::status_from_code(item.at("to").get<int>());
    event.comment = item.at("comment");
    event.payload = item.at("payload").dump();
    event.prev_hash = previous;
    EXPECT_EQ(core::compute_event_hash(event), item.at("hash")) << item.dump();
    previous = item.at("hash").get<std::string>();
  }
  // Officials of the units that handle it read the same log.
  EXPECT_EQ(events(dossier.code, kSpecialist), log);
}

TEST_F(WorkflowApi, ReceptionRefusesASubmittedDossier) {
  const auto dossier = submitted_dossier();
  const auto missing_reason = try_act(kReception, dossier.code, "refuse");
  EXPECT_EQ(missing_reason.status, 400);
  EXPECT_TRUE(missing_reason.json()["error"]["fields"].contains("reason")) << missing_reason.body;
  EXPECT_EQ(act(kReception, dossier.code, "refuse", {{"reason", "Không thuộc thẩm quyền"}})
                .at("status")
                .at("code"),
            3);
  expect_conflict(try_act(kReception, dossier.code, "receive"));
}

TEST_F(WorkflowApi, SupplementAtReceptionReturnsTheDossierToSubmitted) {
  const auto dossier = submitted_dossier();
  EXPECT_EQ(act(kReception, dossier.code, "request-supplement", {{"reason", "Ảnh mờ"}})
                .at("status")
                .at("code"),
            5);
  const auto answered = answer_supplement(dossier.code);
  ASSERT_EQ(answered.status, 200) << answered.body;
  EXPECT_EQ(answered.json().at("status").at("code"), 1);
  const auto detail = get("/api/v1/dossiers/" + dossier.code, kCitizen).json();
  EXPECT_TRUE(std::any_of(detail.at("files").begin(), detail.at("files").end(),
                          [](const json& file) { return file.at("purpose") == "supplement"; }))
      << detail.dump();
  // Answering when nothing was asked is a conflict.
  const auto again =
      post("/api/v1/dossiers/" + dossier.code + "/supplement", {{"comment", "Lần nữa"}}, kCitizen);
  expect_conflict(again);
}

TEST_F(WorkflowApi, AReceivedDossierIsSentBackForPapersOnceOnly) {
  const auto dossier = processing_dossier();
  act(kSpecialist, dossier.code, "request-supplement", {{"reason", "Thiếu bản sao"}});
  ASSERT_EQ(answer_supplement(dossier.code).status, 200);
  const auto second =
      try_act(kSpecialist, dossier.code, "request-supplement", {{"reason", "Lần hai"}});
  EXPECT_EQ(second.status, 409) << second.body;
  EXPECT_EQ(error_code(second), "already_supplemented");
  EXPECT_EQ(status_of(dossier.code), 4) << "the refused request changes nothing";
}

// The handling rules are data: from the day an administrator says papers may be asked for again,
// the second request goes through; the law's default is put back afterwards, whatever happens.
TEST_F(WorkflowApi, TheRulesInForceDecideWhetherPapersAreAskedForOnce) {
  const auto today = core::format_date(
      core::to_local(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()))
          .date);
  const auto rules = [&](bool once) {
    return json{{"effective_from", today},
                {"rules",
                 {{"supplement_once", once},
                  {"apology_once", true},
                  {"apology_notice_days", 1},
                  {"paper_handover_after", "15:00"}}}};
  };
  struct Restore {
    std::function<void()> undo;
    ~Restore() { undo(); }
  } restore{[&] { put("/api/v1/admin/rules", rules(true), "quantri"); }};
  const auto in_force = get("/api/v1/admin/rules", kSpecialist);
  ASSERT_EQ(in_force.status, 200) << in_force.body;
  EXPECT_EQ(in_force.json().at("rules").at("paper_handover_after"), "15:00");
  EXPECT_EQ(put("/api/v1/admin/rules", rules(false), kSpecialist).status, 403);
  auto bad = rules(false);
  bad["rules"]["paper_handover_after"] = "25:99";
  EXPECT_EQ(put("/api/v1/admin/rules", bad, "quantri").status, 400);
  bad = rules(false);
  bad["rules"]["apology_notice_days"] = 99;
  EXPECT_EQ(put("/api/v1/admin/rules", bad, "quantri").status, 400);
  bad = rules(false);
  bad["effective_from"] = "2020-01-01";
  EXPECT_EQ(put("/api/v1/admin/rules", bad, "quantri").status, 400) << "never in the past";
  const auto saved = put("/api/v1/admin/rules", rules(false), "quantri");
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.json().at("rules").at("supplement_once"), false);

  const auto dossier = processing_dossier();
  act(kSpecialist, dossier.code, "request-supplement", {{"reason", "Thiếu bản sao"}});
  ASSERT_EQ(answer_supplement(dossier.code).status, 200);
  const auto second =
      try_act(kSpecialist, dossier.code, "request-supplement", {{"reason", "Lần hai"}});
  EXPECT_EQ(second.status, 200) << second.body;
  EXPECT_EQ(status_of(dossier.code), 5);
}

TEST_F(WorkflowApi, TheCompetentUnitStopsProcessing) {
  const auto dossier = processing_dossier();
  EXPECT_EQ(
      act(kSpecialist, dossier.code, "stop", {{"reason", "Cơ quan có thẩm quyền yêu cầu dừng"}})
          .at("status")
          .at("code"),
      8);
  expect_conflict(try_act(kLeader, dossier.code, "approve"));
}

TEST_F(WorkflowApi, TheOwnerWithdraws) {
  const auto dossier = submitted_dossier();
  const auto response = post("/api/v1/dossiers/" + dossier.code + "/withdraw",
                             {{"reason", "Nộp nhầm thủ tục"}}, kCitizen);
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(response.json().at("status").at("code"), 7);
  expect_conflict(
      post("/api/v1/dossiers/" + dossier.code + "/withdraw", {{"reason", "x"}}, kCitizen));
}

TEST_F(WorkflowApi, ApologizeMovesTheDueDateOnlyOnce) {
  const auto dossier = processing_dossier(multi_day_procedure());
  const auto before = get("/api/v1/dossiers/" + dossier.code, kSpecialist).json();
  const auto due = core::parse_iso(before.at("due_at").get<std::string>());
  ASSERT_TRUE(due.has_value()) << before.dump();
  const auto new_due = core::format_iso(*due + std::chrono::days(5));
  const auto detail = act(kSpecialist, dossier.code, "apologize",
                          {{"reason", "Cần xác minh thêm"}, {"new_due_at", new_due}});
  EXPECT_EQ(detail.at("status").at("code"), 4);
  EXPECT_EQ(detail.at("due_at"), new_due);
  EXPECT_EQ(detail.at("apologized"), true);
  const auto later = core::format_iso(*due + std::chrono::days(9));
  expect_conflict(try_act(kSpecialist, dossier.code, "apologize",
                          {{"reason", "Lần hai"}, {"new_due_at", later}}));
}

TEST_F(WorkflowApi, ActorsWithoutTheRightAreForbidden) {
  const auto dossier = submitted_dossier();
  expect_forbidden(get("/api/v1/work/queue", kCitizen));
  expect_forbidden(try_act(kCitizen, dossier.code, "receive"));
  expect_forbidden(try_act(kSpecialist, dossier.code, "receive"));
  EXPECT_EQ(status_of(dossier.code), 1);
  act(kReception, dossier.code, "receive");
  act(kReception, dossier.code, "forward", {{"to", kSpecialist}});
  expect_forbidden(try_act(kReception, dossier.code, "approve"));
  expect_forbidden(try_act(kSpecialist, dossier.code, "approve"));
  EXPECT_EQ(status_of(dossier.code), 4);
  const auto stranger = new_citizen("ngoai");
  const auto hidden = try_act(stranger, dossier.code, "approve");
  EXPECT_EQ(hidden.status, 404) << hidden.body;
}

TEST_F(WorkflowApi, TransitionsNotAllowedFromTheStatusAreConflicts) {
  const auto dossier = submitted_dossier();
  act(kReception, dossier.code, "receive");
  expect_conflict(try_act(kReception, dossier.code, "receive"));
  expect_conflict(try_act(kLeader, dossier.code, "approve"));
  act(kReception, dossier.code, "forward", {{"to", kSpecialist}});
  expect_conflict(try_act(kReception, dossier.code, "return-result", {{"method", "counter"}}));
  EXPECT_EQ(status_of(dossier.code), 4);
  const auto unknown = try_act(kReception, dossier.code, "teleport");
  EXPECT_EQ(unknown.status, 404) << unknown.body;
}

TEST_F(WorkflowApi, QueuesShowWhatEachRoleMayActOn) {
  const auto dossier = submitted_dossier();
  const auto has = [&](const std::string& user, const std::string& query) {
    const auto response = get("/api/v1/work/queue" + query, user);
    EXPECT_EQ(response.status, 200) << response.body;
    const auto items = response.json().at("items");
    return std::any_of(items.begin(), items.end(),
                       [&](const json& item) { return item.at("code") == dossier.code; });
  };
  EXPECT_TRUE(has(kReception, "?status=1"));
  EXPECT_TRUE(has(kReception, ""));
  EXPECT_FALSE(has(kReception, "?status=4"));
  EXPECT_FALSE(has(kSpecialist, ""));
  act(kReception, dossier.code, "receive");
  act(kReception, dossier.code, "forward", {{"to", kSpecialist}});
  EXPECT_TRUE(has(kSpecialist, "?status=4"));
  EXPECT_TRUE(has(kLeader, ""));
  EXPECT_EQ(get("/api/v1/work/queue?status=42", kReception).status, 400);
}

}  // namespace
}  // namespace motcua::test
