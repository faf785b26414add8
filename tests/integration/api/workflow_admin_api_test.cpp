// Administrators give a procedure a workflow from a date; dossiers received from then follow it,
// a workflow dated later waits, and broken workflows are refused.
#include <algorithm>
#include <chrono>

#include "api_test.hpp"
#include "core/time.hpp"

namespace motcua::test {
namespace {

class WorkflowAdminApi : public ApiTest {
 protected:
  static std::string day(int from_today) {
    return core::format_date(
        core::to_local(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()) +
                       std::chrono::days(from_today))
            .date);
  }
  static json two_steps() {
    return json::array({{{"seq", 1},
                         {"name", "Thẩm định"},
                         {"unit", "H29.12.05"},
                         {"role", "specialist"},
                         {"budget", 1},
                         {"budget_unit", "working_days"}},
                        {{"seq", 2},
                         {"name", "Phê duyệt"},
                         {"unit", "H29.12.05"},
                         {"role", "leader"},
                         {"budget", 4},
                         {"budget_unit", "working_hours"},
                         {"after", {1}}}});
  }
  std::string intake(const std::string& code) {
    const auto procedure = get("/api/v1/procedures/" + code).json();
    const auto response =
        post("/api/v1/work/intake",
             {{"procedure_code", code},
              {"channel", "counter"},
              {"applicant", {{"full_name", "Đinh Văn Sơn"}, {"id_number", "079177000333"}}},
              {"form", filled_form(procedure.at("form").at("fields"))}},
             kReception);
    EXPECT_EQ(response.status, 201) << response.body;
    return response.json().value("code", "");
  }
};

TEST_F(WorkflowAdminApi, ANewWorkflowAppliesFromItsDateAndDossiersKeepTheirs) {
  const std::string path = "/api/v1/admin/procedures/1.004859/workflow";
  EXPECT_TRUE(get(path, kSpecialist).json().at("steps").empty());
  const auto before = intake("1.004859");
  const auto later = put(path, {{"effective_from", day(30)}, {"steps", two_steps()}}, kAdmin);
  ASSERT_EQ(later.status, 201) << later.body;
  EXPECT_TRUE(get(path, kSpecialist).json().at("steps").empty()) << "not in force before its date";
  EXPECT_TRUE(get("/api/v1/dossiers/" + intake("1.004859"), kReception).json().at("steps").empty());
  const auto now = put(path, {{"effective_from", day(0)}, {"steps", two_steps()}}, kAdmin);
  ASSERT_EQ(now.status, 201) << now.body;
  EXPECT_EQ(get(path, kSpecialist).json().at("steps").size(), 2U);
  const auto after = intake("1.004859");
  EXPECT_EQ(get("/api/v1/dossiers/" + after, kReception).json().at("steps").size(), 2U);
  EXPECT_TRUE(get("/api/v1/dossiers/" + before, kReception).json().at("steps").empty())
      << "a dossier keeps the workflow of its reception";
}

// Which dossier actions a step's holder may take is data of the workflow: here the specialist's
// step allows asking for papers and nothing else; the leader's step lists none, so its role
// decides.
TEST_F(WorkflowAdminApi, AStepMayListTheDossierActionsItsHolderTakes) {
  const std::string path = "/api/v1/admin/procedures/1.001776/workflow";
  auto steps = two_steps();
  steps[0]["actions"] = {"request-supplement"};
  const auto saved = put(path, {{"effective_from", day(0)}, {"steps", steps}}, kAdmin);
  ASSERT_EQ(saved.status, 201) << saved.body;
  EXPECT_EQ(get(path, kSpecialist).json().at("steps")[0].at("actions"),
            json::array({"request-supplement"}));
  const auto code = intake("1.001776");
  act(kSpecialist, code, "complete-step");  // to the leader's step: status 4 for the dossier
  act(kLeader, code, "send-back", {{"reason", "Xem lại"}});  // the specialist's step again
  const auto offered = get("/api/v1/dossiers/" + code, kSpecialist).json().at("actions");
  const auto has = [&](const char* name) {
    return std::find(offered.begin(), offered.end(), name) != offered.end();
  };
  EXPECT_TRUE(has("request-supplement")) << offered.dump();
  EXPECT_FALSE(has("apologize")) << offered.dump();
  EXPECT_FALSE(has("stop")) << offered.dump();
  const auto refused =
      post("/api/v1/work/dossiers/" + code + "/apologize",
           {{"reason", "Chậm"}, {"new_due_at", "2099-01-01T08:00:00+07:00"}}, kSpecialist);
  EXPECT_EQ(refused.status, 403) << refused.body;
  steps[0]["actions"] = {"complete-step"};
  EXPECT_EQ(put(path, {{"effective_from", day(0)}, {"steps", steps}}, kAdmin).status, 400)
      << "step actions are always the holder's, never listed";
  steps[0]["actions"] = {"publish"};
  EXPECT_EQ(put(path, {{"effective_from", day(0)}, {"steps", steps}}, kAdmin).status, 400);
}

TEST_F(WorkflowAdminApi, BrokenWorkflowsAndOtherCallersAreRefused) {
  const std::string path = "/api/v1/admin/procedures/1.004746/workflow";
  auto steps = two_steps();
  steps[0]["after"] = {2};
  EXPECT_EQ(put(path, {{"effective_from", day(0)}, {"steps", steps}}, kAdmin).status, 400);
  steps = two_steps();
  steps[1]["unit"] = "H99.99";
  EXPECT_EQ(put(path, {{"effective_from", day(0)}, {"steps", steps}}, kAdmin).status, 400);
  EXPECT_EQ(put(path, {{"effective_from", day(-1)}, {"steps", two_steps()}}, kAdmin).status, 400);
  EXPECT_EQ(put(path, {{"effective_from", "hôm nay"}, {"steps", two_steps()}}, kAdmin).status, 400);
  EXPECT_EQ(put(path, {{"effective_from", day(0)}, {"steps", json::array()}}, kAdmin).status, 400);
  EXPECT_EQ(put(path, {{"effective_from", day(0)}, {"steps", two_steps()}}, kLeader).status, 403);
  EXPECT_EQ(put("/api/v1/admin/procedures/9.999999/workflow",
                {{"effective_from", day(0)}, {"steps", two_steps()}}, kAdmin)
                .status,
            404);
  EXPECT_EQ(get(path, kCitizen).status, 403);
}

}  // namespace
}  // namespace motcua::test
