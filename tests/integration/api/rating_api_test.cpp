// A finished dossier's rating comes once, by whichever channel comes first: the owner on the
// portal, the applicant at the kiosk with the code and their ID number, or the desk at the counter.
#include "api_test.hpp"

namespace motcua::test {
namespace {

const json kScores = {{"satisfaction", 4},
                      {"timeliness", 4},
                      {"attitude", 5},
                      {"guidance", 4},
                      {"online_service", 3}};

class RatingApi : public ApiTest {
 protected:
  std::string finished() {
    const auto dossier = submitted_dossier();
    act(kReception, dossier.code, "receive");
    act(kReception, dossier.code, "forward", {{"to", kSpecialist}, {"comment", "Chuyển"}});
    act(kLeader, dossier.code, "approve", {{"comment", "Đồng ý"}});
    return dossier.code;
  }
};

TEST_F(RatingApi, TheKioskNeedsTheCodeAndTheApplicantsIdNumber) {
  const auto code = finished();
  const auto id_number = get("/api/v1/me/profile", kCitizen).json().at("citizen_id");
  EXPECT_EQ(post("/api/v1/kiosk/rating",
                 {{"code", code}, {"id_number", "001099999999"}, {"scores", kScores}})
                .status,
            404);
  const auto rated =
      post("/api/v1/kiosk/rating", {{"code", code}, {"id_number", id_number}, {"scores", kScores}});
  ASSERT_EQ(rated.status, 201) << rated.body;
  EXPECT_EQ(rated.json().at("channel"), "kiosk");
  EXPECT_EQ(post("/api/v1/dossiers/" + code + "/rating", {{"scores", kScores}}, kCitizen).status,
            409)
      << "rated once, whatever the channel";
}

TEST_F(RatingApi, TheDeskRecordsARatingAtTheCounter) {
  const auto code = finished();
  const auto path = "/api/v1/work/dossiers/" + code + "/rating";
  EXPECT_EQ(post(path, {{"scores", kScores}}, kSpecialist).status, 403) << "the desk's task";
  const auto rated = post(path, {{"scores", kScores}, {"comment", "Hài lòng"}}, kReception);
  ASSERT_EQ(rated.status, 201) << rated.body;
  EXPECT_EQ(get("/api/v1/dossiers/" + code + "/rating", kCitizen).json().at("channel"), "counter");
}

}  // namespace
}  // namespace motcua::test
