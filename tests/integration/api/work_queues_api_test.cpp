// The officials' work queues: counts, one page at a time from the store, search by code, ID number
// or name, and the liên thông queues of both agencies.
#include "api_test.hpp"

namespace motcua::test {
namespace {

class WorkQueuesApi : public ApiTest {
 protected:
  json page(const std::string& user, const std::string& query) {
    const auto response = get("/api/v1/work/dossiers?" + query, user);
    EXPECT_EQ(response.status, 200) << query << ": " << response.body;
    return response.json();
  }
  static bool lists(const json& page, const std::string& code) {
    for (const auto& item : page.at("items"))
      if (item.at("code") == code) return true;
    return false;
  }
  long long count(const std::string& user, const std::string& queue) {
    const auto counts = get("/api/v1/work/queues", user).json();
    for (const auto& item : counts.at("items"))
      if (item.at("queue") == queue) return item.at("count").get<long long>();
    ADD_FAILURE() << "no queue " << queue;
    return -1;
  }
  std::string lien_thong() {
    const auto procedure = get("/api/v1/procedures/LT.0001").json();
    const auto response =
        post("/api/v1/work/intake",
             {{"procedure_code", "LT.0001"},
              {"channel", "counter"},
              {"applicant", {{"full_name", "Lý Thị Tuyết"}, {"id_number", "079199000222"}}},
              {"form", filled_form(procedure.at("form").at("fields"))}},
             kReception);
    EXPECT_EQ(response.status, 201) << response.body;
    return response.json().at("code").get<std::string>();
  }
};

TEST_F(WorkQueuesApi, AnOnlineDossierWaitsInTheDesksIntakeQueueAndIsFoundByCodeAndIdNumber) {
  const auto before = count(kReception, "online-intake");
  const auto dossier = submitted_dossier();
  EXPECT_EQ(count(kReception, "online-intake"), before + 1);
  EXPECT_TRUE(lists(page(kReception, "queue=online-intake&per_page=100"), dossier.code));
  const auto by_code = page(kReception, "q=" + dossier.code);
  EXPECT_EQ(by_code.at("total"), 1);
  const auto id_number = get("/api/v1/me/profile", kCitizen).json().at("citizen_id");
  EXPECT_TRUE(
      lists(page(kReception, "per_page=100&q=" + id_number.get<std::string>()), dossier.code));
  EXPECT_FALSE(lists(page(kReception, "queue=stopped&per_page=100"), dossier.code));
  act(kReception, dossier.code, "receive");
  EXPECT_FALSE(lists(page(kReception, "queue=online-intake&per_page=100"), dossier.code));
  EXPECT_TRUE(lists(page(kReception, "queue=received&per_page=100"), dossier.code));
}

TEST_F(WorkQueuesApi, PagesComeFromTheStoreEarliestDueFirst) {
  submitted_dossier();
  submitted_dossier();
  const auto first = page(kReception, "queue=online-intake&per_page=1&page=1");
  const auto second = page(kReception, "queue=online-intake&per_page=1&page=2");
  ASSERT_EQ(first.at("items").size(), 1U);
  ASSERT_EQ(second.at("items").size(), 1U);
  EXPECT_GE(first.at("total").get<long long>(), 2);
  EXPECT_NE(first.at("items").at(0).at("code"), second.at("items").at(0).at("code"));
  const auto all = page(kReception, "queue=all&per_page=100");
  std::string previous;
  for (const auto& item : all.at("items")) {
    if (item.at("due_at").is_null()) continue;
    const auto due = item.at("due_at").get<std::string>();
    EXPECT_LE(previous, due);
    previous = due;
  }
}

TEST_F(WorkQueuesApi, ALienThongDossierIsOutgoingForTheWardAndIncomingForThePolice) {
  const auto code = lien_thong();
  EXPECT_FALSE(lists(page(kLeader, "queue=approval&per_page=100"), code))
      << "the specialist's step comes first";
  act(kSpecialist, code, "complete-step");
  EXPECT_TRUE(lists(page(kLeader, "queue=approval&per_page=100"), code));
  act(kLeader, code, "complete-step");
  EXPECT_TRUE(lists(page("congan", "queue=lien-thong-in&per_page=100"), code));
  EXPECT_TRUE(lists(page(kSpecialist, "queue=lien-thong-out&per_page=100"), code));
  EXPECT_FALSE(lists(page(kSpecialist, "queue=lien-thong-in&per_page=100"), code));
  EXPECT_FALSE(lists(page(kLeader, "queue=approval&per_page=100"), code));
}

TEST_F(WorkQueuesApi, BadFiltersAndStrangersAreRefused) {
  EXPECT_EQ(get("/api/v1/work/dossiers?queue=nope", kReception).status, 400);
  EXPECT_EQ(get("/api/v1/work/dossiers?from=2026-13-01", kReception).status, 400);
  EXPECT_EQ(get("/api/v1/work/dossiers?from=2026-12-02&to=2026-12-01", kReception).status, 400);
  EXPECT_EQ(get("/api/v1/work/dossiers?q=" + std::string(101, 'x'), kReception).status, 400);
  EXPECT_EQ(get("/api/v1/work/dossiers?per_page=1000", kReception).status, 400);
  EXPECT_EQ(get("/api/v1/work/dossiers", kCitizen).status, 403);
  EXPECT_EQ(get("/api/v1/work/queues", kCitizen).status, 403);
  EXPECT_EQ(get("/api/v1/work/queues").status, 401);
}

}  // namespace
}  // namespace motcua::test
